"""Reading an article as a whole: who speaks, who "he" is, when and where events happened."""

"""The word lists and code tables the event engine's rules consult, in one place to read and tune."""

# Children whose subtrees belong to another clause or to the subject, not to the trigger's phrase.
OTHER_CLAUSE = {"nsubj", "nsubjpass", "csubj", "csubjpass", "ccomp", "advcl", "relcl", "conj", "cc",
                "parataxis", "xcomp", "mark", "punct", "aux", "auxpass", "neg", "expl", "dep", "appos"}
# Passive forms that describe what the subject does: "were engaged in", "were involved in".
STATIVE_PASSIVES = {"engage", "involve", "embroil", "locked", "oppose", "commit", "dedicate", "determine",
                    "prepare", "resolve", "opposed", "committed", "determined"}
# Violence against people who are not fighting is assault (CAMEO 18), not military force (19).
CIVILIAN_SECTORS = {"CVL", "REF", "EDU", "MED", "HLH", "LAB", "REL", "HRI", "AGR", "BUS", "NGO", "JEW", "MOS",
                    "CHR", "ELI"}
# Verbs that make their object noun the subject's own commitment: "reached an agreement to …".
AGREEING_VERBS = {"reach", "conclude", "strike", "forge", "hammer", "sign", "make", "issue", "offer", "extend"}
# Verbs whose subject is on the receiving end of their object noun: "received an invitation".
RECEIVING = {"receive", "get", "obtain", "accept", "win", "suffer", "face"}
# Support verbs whose object noun carries the meaning: "undertook a mediation mission".
LIGHT_VERBS = {"undertake", "conduct", "carry", "launch", "hold", "make", "stage", "mount", "begin", "start",
               "continue", "resume", "renew", "take", "give", "have", "do", "perform", "pursue", "step",
               "intensify", "escalate", "wage", "open", "initiate", "announce"}
NESTED_CLAUSE = {"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj"}
# Prepositions whose object is the one acted upon when the pattern does not say.
TARGET_PREPS = ("to", "with", "against", "on", "upon", "at", "toward", "towards", "into", "for", "from",
                "over", "between", "among")
# Verbs that report speech: their complement clause is what is coded, they give the speaker.
SPEECH = {"say", "tell", "add", "state", "announce", "declare", "note", "stress", "point", "claim",
          "report", "write", "confirm", "explain", "emphasize", "emphasise", "reiterate", "remark",
          "comment", "argue", "assert", "insist", "warn", "indicate", "underline", "recall", "quote",
          "believe", "think", "acknowledge", "admit", "allege", "reveal", "suggest", "maintain"}
# The cues that open most reported speech in news ("…, he said", "told reporters", "according
# to"): a sentence with one is parsed for its speaker even when it names no actor. The rarer
# cues above still count once a sentence is parsed; screening on them too costs more parsing
# than it finds speakers.
SPEECH_CUES = {"say", "tell", "add", "state", "note", "stress", "announce", "declare", "warn", "insist",
               "point", "according"}
# Prepositions that say whose an object is: "calls by Belarus", "an appeal from the UN".
OBJECT_OWNER_PREPS = ("by", "from", "of")
# Modals that make a reported act something the speaker demands: "X said Y must withdraw".
OBLIGATION = {"must", "should", "ought"}
# Nouns that carry speech: "a reminder that Iraq must …", "a warning that …".
SPEECH_NOUNS = {"reminder", "warning", "statement", "declaration", "message", "letter", "ultimatum", "call",
                "appeal", "insistence", "demand", "view", "position"}
# Codes for which "A and B did it" means they did it with each other.
SYMMETRIC_ROOTS = {"03", "04", "05", "06"}
SYMMETRIC_CODES = {"190", "193", "194", "196"}
# Visits and appearances abroad: with no host named, the place's state is the target.
PLACE_TARGET_CODES = {"042", "044"}
DOMESTIC_ROOTS = {"10", "14", "17"}
SOLO_DRILLS = {"150", "152"}
LOCATIVE_PREPS = {"in", "on", "at", "to", "near", "outside", "inside", "across"}
# Generic cooperation between two armed forces is military cooperation (CAMEO 062).
MILITARY_VARIANT = {"050": "062", "060": "062", "030": "0312", "031": "0312"}
# "in defiance of X", "in protest at X": the act is aimed at X.
PROTEST_NOUNS = {"protest", "defiance", "opposition", "retaliation", "response", "reprisal"}
# Nouns that name places, not actors, even with a nationality word: "the Thai border".
PLACE_NOUNS = {"border", "frontier", "region", "area", "zone", "city", "town", "village", "territory", "coast",
               "province", "district", "capital", "port", "island", "side", "soil", "airspace", "waters"}

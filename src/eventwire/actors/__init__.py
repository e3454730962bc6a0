"""Actors: the dictionaries of states, organisations, people and roles, and finding them in text."""

from eventwire.actors.dictionary import ActorDictionary, load_actor_dictionary

__all__ = ["ActorDictionary", "load_actor_dictionary"]

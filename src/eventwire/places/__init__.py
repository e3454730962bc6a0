"""Places: an offline gazetteer of cities, for locating events and the actors in them."""

from eventwire.places.gazetteer import Gazetteer, Place, load_gazetteer, plain

__all__ = ["Gazetteer", "Place", "load_gazetteer", "plain"]

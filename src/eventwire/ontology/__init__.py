"""The CAMEO event codebook and its PLOVER correspondence."""

from eventwire.ontology.cameo import CameoCode, Codebook, load_codebook

__all__ = ["CameoCode", "Codebook", "load_codebook"]

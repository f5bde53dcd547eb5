"""cryoscape: heterogeneous cryo-EM reconstruction and analysis of structural ensembles."""

__version__ = "0.1.0"

"""Event coding: CAMEO patterns, modality, quotes, dates and the codebook."""

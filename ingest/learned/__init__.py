"""The learned pair layer: a classifier over name pairs the rule layer left unlinked."""

"""Session-6 business constructions: partners, rivals and makers. Every sentence is written for
this file."""

from __future__ import annotations

from extract_helpers import facts


def test_a_model_family_before_a_compete_verb_names_a_rival_not_a_partner() -> None:
    found = facts("Adobe, con su familia de modelos Firefly, compite con Midjourney.", "es")
    assert ("Adobe", "COMPETES_WITH", "Midjourney Inc") in found
    assert ("Adobe", "PARTNERS_WITH", "Midjourney Inc") not in found

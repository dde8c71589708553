"""Masking of personal numbers on screens and in exports that do not need them in full.

Full numbers are a role permission (domain.roles.UNMASK) and every use is audited."""

from __future__ import annotations

from haihe_desk.domain import idcard


def id_number(number: str | None) -> str:
    """110105********1234 style (see domain.idcard.mask); empty stays empty."""
    return idcard.mask(number) if number else ""


def phone(number: str | None) -> str:
    """A mobile number as 139****5678; other phone numbers keep only their last four digits."""
    text = (number or "").strip()
    if not text:
        return ""
    if len(text) == 11 and text.isdigit():
        return text[:3] + "****" + text[7:]
    if len(text) <= 4:
        return "*" * len(text)
    return "*" * (len(text) - 4) + text[-4:]

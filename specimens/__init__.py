"""Specimen apps: bundled phone-sized web apps that reproduce account-deletion designs."""

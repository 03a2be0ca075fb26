"""Encryption at rest in the app: the passphrase dialogs, the idle lock and its panel, the encryption commands."""

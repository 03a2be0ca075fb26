"""The Tracks screen: every instrument under negotiation, with its form."""

"""The Positions screen: each party's stance per clause, with the position form."""

"""The Rounds screen: the rounds of each track and their follow-up actions, with their forms."""

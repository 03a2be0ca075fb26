"""The Commitments screen: deadlines and compliance, with the commitment and assessment forms."""

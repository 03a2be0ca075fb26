"""The Attachments panel: papers attached to a track, round, clause or commitment."""

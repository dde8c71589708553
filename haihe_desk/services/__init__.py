"""Use cases. Each takes a Session (one per user action), calls domain rules, writes rows and
audit entries. The GUI and the CLI both call these; services never import Qt."""

"""The Python side of the built-in rules: each check is a small function over one OKR element.

A check receives the element (an OkrSet, an Objective, or a KeyResult with its Objective) and
a CheckContext (options, word lists, the analysis of any text) and yields Hits. The engine
turns Hits into Findings; checks know nothing of files, config or output formats.
"""

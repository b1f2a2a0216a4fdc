"""The shapes of English releases the Chinese rules do not cover: amounts before their names, lists
with 'respectively', owners and verbs."""

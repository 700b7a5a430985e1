# Shortcuts for people who have `just`; every recipe calls xtask, cargo or trunk and holds no logic.

# Build the web front end and start the server on http://127.0.0.1:8080
run *ARGS:
    cargo xtask run {{ARGS}}

# Formatting, lints and every test (the same as CI)
test:
    cargo xtask test

# Live-reloading front end on http://127.0.0.1:8081, calling the API started by `just run`
dev:
    cargo xtask dev

# Rewrite openapi.yaml from the routes
openapi:
    cargo xtask openapi

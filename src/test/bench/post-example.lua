-- wrk script: POSTs one example profile to /api/v1/evaluations; BODY_FILE names it.
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()

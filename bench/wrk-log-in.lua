-- wrk script for bench/wrk-gated-read.sh: every request is a log-in,
--   POST /api/v1/auth/token  {"email": BENCH_EMAIL, "password": BENCH_PASSWORD}
-- with the credentials taken from the environment (the script signs the member up first).

local email = os.getenv("BENCH_EMAIL")
local password = os.getenv("BENCH_PASSWORD")
if email == nil or email == "" or password == nil or password == "" then
    error("wrk-log-in.lua: set BENCH_EMAIL and BENCH_PASSWORD")
end

local function json_string(s)
    local escaped = s:gsub('[%c"\\]', function(c)
        return string.format("\\u%04x", c:byte())
    end)
    return '"' .. escaped .. '"'
end

wrk.method = "POST"
wrk.body = '{"email":' .. json_string(email) .. ',"password":' .. json_string(password) .. '}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

-- wrk script for POST /api/echo: a small JSON body that goes through parsing,
-- validation and the `api` rate class. The body is fixed so runs compare.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"message":"benchmark","data":{"n":1,"tags":["a","b"]}}'

-- Reuse the result line from report.lua, found next to this file.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

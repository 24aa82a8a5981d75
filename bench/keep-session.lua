-- wrk script: each thread keeps the session cookie it is given, so that a Vaadin page makes one session per
-- thread rather than one per request (which would measure session creation and fill the heap).
local cookie = nil

response = function(status, headers, body)
    local set = headers["Set-Cookie"]
    if set then
        cookie = set:match("^[^;]+")
    end
end

request = function()
    if cookie then
        wrk.headers["Cookie"] = cookie
    end
    return wrk.format(nil)
end

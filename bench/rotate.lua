-- wrk: upward lineage of each task of a file (one IRI a line, the script's argument) in turn, each of wrk's
-- threads from its own place in the list, so that no task is asked twice while its answer is still kept
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local iris, n = {}, 0
function init(args)
  for line in io.lines(args[1]) do iris[#iris + 1] = line end
  n = id * math.floor(#iris / 2)
end

function request()
  n = n + 1
  return wrk.format("GET", "/api/lineage?direction=up&iri=" .. iris[(n % #iris) + 1])
end

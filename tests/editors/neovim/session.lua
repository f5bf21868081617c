-- Run by tests/editors/neovim/run inside `nvim --headless`: starts `regelwerk lsp` with Neovim's built-in
-- client (the API of Neovim 0.7, Debian 12's), waits for the diagnostics of the file, asks for a hover,
-- and writes "ok" or what went wrong to $REGELWERK_RESULT, then quits.
local result_file = os.getenv("REGELWERK_RESULT")

local function finish(text)
  local file = io.open(result_file, "w")
  file:write(text)
  file:close()
  vim.cmd("qall!")
end

local function check(condition, text)
  if not condition then error(text, 0) end
end

local function session()
  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("REGELWERK_RULES")))
  local buffer = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({
    name = "regelwerk",
    cmd = { os.getenv("REGELWERK"), "lsp" },
    root_dir = vim.fn.fnamemodify(os.getenv("REGELWERK_RULES"), ":h"),
  })
  check(client, "the client did not start")
  vim.lsp.buf_attach_client(buffer, client)

  -- The one error: line 210 of the file (0-based 209) reads
  --   rule 6 "Woonplaatsbeginsel alleen voor nieuwe cliënten: elke nieuwe cliënt heeft een betaler" for 2025..2034 when year >= reform_yaer {
  -- and `reform_yaer` starts at character 122: the 122 characters before it (124 bytes: each of the two
  -- ë is one character, one UTF-16 unit and two bytes) counted with Python's len() on the original line.
  -- Neovim keeps diagnostics by byte column: it turns the server's UTF-16 character 122 into byte 124
  -- (had the server sent bytes, 124, Neovim would show 126).
  local arrived = vim.wait(60000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)
  check(arrived, "no diagnostics arrived")
  local diagnostics = vim.diagnostic.get(buffer)
  check(#diagnostics == 1, "expected 1 diagnostic, got " .. #diagnostics)
  local d = diagnostics[1]
  check(d.lnum == 209, "diagnostic on line " .. d.lnum .. ", expected 209")
  check(d.col == 124, "diagnostic at column " .. d.col .. ", expected 124 (byte 124 = character 122)")
  check(d.severity == vim.diagnostic.severity.ERROR, "the diagnostic is not an error")
  check(d.message:find("reform_yaer", 1, true), "the message does not name reform_yaer: " .. d.message)

  -- The file never checked, so there is no analysis to answer a hover from yet: fix the error (as a
  -- user would), and the diagnostic goes away.
  local line = vim.api.nvim_buf_get_lines(buffer, 209, 210, true)[1]
  vim.api.nvim_buf_set_lines(buffer, 209, 210, true, { (line:gsub("reform_yaer", "reform_year")) })
  local cleared = vim.wait(60000, function() return #vim.diagnostic.get(buffer) == 0 end, 50)
  check(cleared, "the diagnostic did not go away after the fix")

  -- A hover on `secondary_fee` in rule 5: line 200 (0-based 199) reads `      centre pays secondary_fee * ...`,
  -- the name from character 18 to 31; line 96 declares it `parameter secondary_fee: money = €6_000  # per
  -- client per year, ...`, and the scenario higher_fee (line 361) sets it to €7_000.
  local params = { textDocument = { uri = vim.uri_from_bufnr(buffer) }, position = { line = 199, character = 20 } }
  local answers = vim.lsp.buf_request_sync(buffer, "textDocument/hover", params, 60000)
  check(answers and answers[client] and answers[client].result, "no hover answer")
  local value = answers[client].result.contents.value
  check(value:find("parameter secondary_fee: money", 1, true), "hover without the signature: " .. value)
  -- One value, €6_000, in all the model's years: its rules run 2022..2034.
  check(value:find("2022..2034: `€6_000`", 1, true), "hover without the value: " .. value)
  check(value:find("what-if `higher_fee`", 1, true), "hover without the scenario: " .. value)
  check(value:find("per client per year, as long as the client stays in BW", 1, true), "hover without the comment: " .. value)

  vim.lsp.stop_client(client)
end

local ok, problem = pcall(session)
finish(ok and "ok" or tostring(problem))

-- Headless Neovim (0.7+) as a second LSP client for factcheck-ls (issue 4).
-- Starts `node bin/factcheck-ls.js --stdio` with Neovim's built-in client, attaches it to a
-- Markdown file, waits (bounded) for the pushed diagnostics, asks for a hover and the code
-- actions at the first one, applies the preferred fix and waits for the re-check, and writes what it saw as JSON for test/e2e/nvim/nvim.test.ts
-- to judge. Exits 0 when it could collect everything, non-zero (cq) otherwise.
--
-- Environment: FACTCHECK_REPO (repository root), FACTCHECK_NVIM_FILE (Markdown file),
-- FACTCHECK_NVIM_OUT (JSON result path), FACTCHECK_NVIM_EXPECT (how many diagnostics to
-- wait for), FACTCHECK_NVIM_TIMEOUT_MS (bound on each wait; default 20000).
-- Run: nvim --headless -u NONE -i NONE -n -c "luafile test/e2e/nvim/check.lua"

local repo = assert(os.getenv('FACTCHECK_REPO'), 'FACTCHECK_REPO not set')
local file = assert(os.getenv('FACTCHECK_NVIM_FILE'), 'FACTCHECK_NVIM_FILE not set')
local out = assert(os.getenv('FACTCHECK_NVIM_OUT'), 'FACTCHECK_NVIM_OUT not set')
local expect = tonumber(os.getenv('FACTCHECK_NVIM_EXPECT') or '1')
local timeout = tonumber(os.getenv('FACTCHECK_NVIM_TIMEOUT_MS') or '20000')

local result = { ok = false, log = {}, lsp_log = vim.lsp.get_log_path() }

local function log(msg)
  table.insert(result.log, msg)
end

local function finish(ok, err)
  result.ok = ok
  result.error = err
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  if ok then vim.cmd('qa!') else vim.cmd('cq!') end
end

-- The LSP diagnostics exactly as the server pushed them (UTF-16 ranges), besides
-- Neovim's own converted copies (byte columns), so the test can check both.
local pushed = {}

local function main()
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  log('filetype=' .. vim.bo[bufnr].filetype)

  local client_id = vim.lsp.start_client({
    name = 'factcheck',
    cmd = { 'node', repo .. '/bin/factcheck-ls.js', '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
        if res and res.uri == vim.uri_from_bufnr(bufnr) then pushed = res.diagnostics end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, res, ctx, config)
      end,
    },
    on_exit = function(code, signal) result.server_exit = { code = code, signal = signal } end,
  })
  if not client_id then return finish(false, 'start_client failed') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local ready = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) >= expect end, 50)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      message = d.message, severity = d.severity, source = d.source,
    })
  end
  table.sort(diagnostics, function(a, b) return a.lnum < b.lnum end)
  result.diagnostics = diagnostics
  result.pushed = pushed
  if not ready then return finish(false, 'timed out waiting for ' .. expect .. ' diagnostics') end

  -- Hover and code actions at the first pushed diagnostic, in the server's own coordinates.
  local first = pushed[1]
  for _, d in ipairs(pushed) do
    if d.range.start.line < first.range.start.line then first = d end
  end
  local uri = vim.uri_from_bufnr(bufnr)
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri }, position = first.range.start,
  }, timeout)
  local contents = hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents
  if type(contents) == 'table' and contents.value then
    result.hover = contents.value
  elseif type(contents) == 'table' then
    local parts = {}
    for _, c in ipairs(contents) do table.insert(parts, type(c) == 'table' and c.value or c) end
    result.hover = table.concat(parts, '\n')
  elseif type(contents) == 'string' then
    result.hover = contents
  end

  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri }, range = first.range, context = { diagnostics = { first } },
  }, timeout)
  result.code_actions = {}
  for _, a in ipairs((actions and actions[client_id] and actions[client_id].result) or {}) do
    table.insert(result.code_actions, { title = a.title, kind = a.kind, isPreferred = a.isPreferred, edit = a.edit })
  end

  -- Apply the preferred fix as Neovim applies any workspace edit, and wait for the server
  -- to re-check the changed buffer: one diagnostic fewer.
  local preferred
  for _, a in ipairs((actions and actions[client_id] and actions[client_id].result) or {}) do
    if a.isPreferred and a.edit then preferred = a end
  end
  if preferred then
    local client = vim.lsp.get_client_by_id(client_id)
    vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
    result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, first.range.start.line, first.range.start.line + 1, false)[1]
    vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) == #diagnostics - 1 end, 50)
    result.diagnostics_after_fix = #vim.diagnostic.get(bufnr)
  end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  finish(true, nil)
end

local ok, err = xpcall(main, debug.traceback)
if not ok then finish(false, tostring(err)) end

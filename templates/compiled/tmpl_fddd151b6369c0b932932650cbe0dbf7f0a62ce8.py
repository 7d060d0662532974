from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_script_hash = resolve('script_hash')
    l_0_version = resolve('version')
    l_0_style = resolve('style')
    l_0_data = resolve('data')
    l_0_script = resolve('script')
    try:
        t_1 = environment.filters['tojson']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'tojson' found.")
    try:
        t_2 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; script-src \''
    yield escape((undefined(name='script_hash') if l_0_script_hash is missing else l_0_script_hash))
    yield '\'; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="policydiff '
    yield escape((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '">\n<title>'
    yield from context.blocks['title'][0](context)
    yield '</title>\n<style>\n'
    yield escape((undefined(name='style') if l_0_style is missing else l_0_style))
    yield '\n</style>\n</head>\n<body data-report="'
    yield from context.blocks['report'][0](context)
    yield '">\n<header class="page">\n  <h1>'
    yield from context.blocks['heading'][0](context)
    yield '</h1>\n  <div class="sub">'
    yield from context.blocks['subtitle'][0](context)
    yield '</div>\n  <nav aria-label="本页 on this page">'
    yield from context.blocks['nav'][0](context)
    yield '</nav>\n</header>\n'
    yield from context.blocks['toolbar'][0](context)
    yield '<main>\n<p class="print-only" id="filters-now"></p>\n'
    yield from context.blocks['content'][0](context)
    yield '</main>\n<footer>policydiff '
    yield escape((undefined(name='version') if l_0_version is missing else l_0_version))
    yield ' · 本报告为离线文件，不加载任何外部资源 · a single offline file that loads nothing from outside</footer>\n'
    if t_2((undefined(name='data') if l_0_data is missing else l_0_data)):
        pass
        yield '<script type="application/json" id="report-data">'
        yield escape(t_1(context.eval_ctx, (undefined(name='data') if l_0_data is missing else l_0_data)))
        yield '</script>\n'
    yield '<script>'
    yield escape((undefined(name='script') if l_0_script is missing else l_0_script))
    yield '</script>\n</body>\n</html>'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'policydiff'

def block_report(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'page'

def block_heading(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'policydiff'

def block_subtitle(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_nav(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_toolbar(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_self = TemplateReference(context)
    _block_vars = {}
    pass
    yield '<div class="toolbar noprint" role="toolbar" aria-label="工具 tools">\n  <button type="button" class="tools-toggle" aria-expanded="false" aria-controls="tools">☰ 工具 tools</button>\n  <div class="tools" id="tools">\n  <label><span class="muted">搜索 search</span> <input type="search" id="q" placeholder="在全文中搜索 search the texts" aria-describedby="keys"></label>\n  <button type="button" data-step="-1" title="上一个 previous (N)">↑</button><button type="button" data-step="1" title="下一个 next (n)">↓</button>\n  <output id="q-count" aria-live="polite"></output>\n'
    yield from context.blocks['sync'][0](context)
    yield '  <p class="keys" id="keys">键盘 keys: '
    yield from context.blocks['keys'][0](context)
    yield ' · <kbd>/</kbd> 搜索 search · <kbd>n</kbd>/<kbd>N</kbd> 下一个/上一个结果 hit'
    if context.call(environment.getattr(l_0_self, 'sync'), _block_vars=_block_vars):
        pass
        yield ' · <kbd>s</kbd> 同步滚动 sync'
    yield ' · <kbd>Esc</kbd> 清除 clear</p>\n  </div>\n</div>\n'

def block_sync(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_keys(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<kbd>j</kbd>/<kbd>k</kbd> 下一条/上一条 next/previous · <kbd>Enter</kbd> 定位 locate'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'report': block_report, 'heading': block_heading, 'subtitle': block_subtitle, 'nav': block_nav, 'toolbar': block_toolbar, 'sync': block_sync, 'keys': block_keys, 'content': block_content}
debug_info = '6=29&7=31&8=33&10=35&13=37&15=39&16=41&17=43&19=45&33=47&35=49&36=51&37=57&8=60&13=70&15=80&16=90&17=99&19=108&26=118&27=120&26=127&27=136&33=146'
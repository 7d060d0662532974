from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'index.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_report(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'index'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'policydiff 示例报告 demo reports'

def block_heading(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'policydiff 示例报告 Demo reports'

def block_subtitle(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '随包附带的五份真实政策文件：结构、校勘与央地对照 · five real policy documents: outlines, collation of copies, national ↔ local alignment'

def block_toolbar(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<div class="toolbar noprint"><p class="keys" id="keys">键盘 keys: <kbd>j</kbd>/<kbd>k</kbd> 下一个/上一个报告 next/previous report · <kbd>Enter</kbd> 打开 open</p></div>\n'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_entries = resolve('entries')
    pass
    yield '<section class="card" id="guide">\n  <h2>从哪里开始 Where to start</h2>\n  <ol>\n    <li>先看<a href="alignment.html">央地对照 alignment</a>：国家文件的每一条由北京文件的哪一条落实，照抄、改写还是新增。Open the alignment first: which Beijing provision implements each national one, copied, adapted or new.</li>\n    <li>再看<a href="collation.html">校勘 collation</a>：同一北京文件两个网络版本的文字差异，每条附校记。Then the collation: how two web copies of the Beijing document differ, each difference with a note.</li>\n    <li>结构报告列出每份文件的提纲、文号和责任部门。The outline reports give each document\'s outline, number and responsible bodies.</li>\n  </ol>\n  <dl class="meta">\n    <dt>继承 inherited</dt><dd>地方条款大部分照抄国家文本 a local provision mostly copied from the national text</dd>\n    <dt>调整 localized</dt><dd>有国家对应条款，但经过改写 it has a national counterpart, rewritten</dd>\n    <dt>新增 new</dt><dd>找不到国家对应条款 no national counterpart was found</dd>\n    <dt>未采纳 dropped</dt><dd>国家条款在地方文件中没有对应 a national provision nothing local implements</dd>\n    <dt>国家条款覆盖 coverage</dt><dd>已落实的国家条款占国家文本的比例 the share of the national text that is implemented</dd>\n    <dt>文字 / 标点 content / punctuation</dt><dd>真正的异文：用字、用词与标点的不同 real variants in wording and punctuation</dd>\n    <dt>结构 structure</dt><dd>分段、标题排版的不同 paragraph breaks and heading layout</dd>\n    <dt>格式 formatting</dt><dd>全角半角、空格、换行，只计数 width, spaces, line breaks: counted only</dd>\n    <dt>节 / 异常 sections / anomalies</dt><dd>提纲的条目数与编号异常 outline entries and numbering anomalies</dd>\n  </dl>\n</section>\n<section class="card" id="reports">\n  <h2>报告 Reports</h2>\n  <ol class="variants">\n'
    l_1_loop = missing
    for l_1_e, l_1_loop in LoopContext((undefined(name='entries') if l_0_entries is missing else l_0_entries), undefined):
        _loop_vars = {}
        pass
        yield '    <li class="report-entry" data-nav id="r'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '">\n      <h3><a href="'
        yield escape(environment.getattr(l_1_e, 'href'))
        yield '">'
        yield escape(environment.getattr(l_1_e, 'title'))
        yield '</a></h3>\n      <div class="figures">'
        def t_1(fiter):
            for l_2_f in fiter:
                if l_2_f:
                    yield l_2_f
        for l_2_f in t_1(environment.getattr(l_1_e, 'figures')):
            _loop_vars = {}
            pass
            yield '<span class="badge">'
            yield escape(l_2_f)
            yield '</span> '
        l_2_f = missing
        yield '</div>\n'
        if context.call(environment.getattr(l_1_e, 'get'), 'warnings', _loop_vars=_loop_vars):
            pass
            yield '<div class="warning" role="note"><b>⚠ 注意：国家文本可能不完整 · the national text looks incomplete</b><ul>'
            for l_2_w in environment.getattr(l_1_e, 'warnings'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(l_2_w)
                yield '</li>'
            l_2_w = missing
            yield '</ul>“新增 new”可能是国家文本缺失的部分，而非地方自创 · “new” may mean “not in this national copy”, not “invented locally”.</div>'
        yield '    </li>\n'
    l_1_loop = l_1_e = missing
    yield '  </ol>\n</section>\n'

blocks = {'report': block_report, 'title': block_title, 'heading': block_heading, 'subtitle': block_subtitle, 'toolbar': block_toolbar, 'content': block_content}
debug_info = '1=12&2=17&3=27&4=37&5=47&6=57&9=67&32=78&33=82&34=84&35=88&36=100'
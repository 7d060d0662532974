from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'outline.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'outline.html')
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
    yield 'outline'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page_title = resolve('page_title')
    pass
    yield escape((undefined(name='page_title') if l_0_page_title is missing else l_0_page_title))
    yield ' · 文件结构 outline'

def block_heading(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_page_title = resolve('page_title')
    pass
    yield escape((undefined(name='page_title') if l_0_page_title is missing else l_0_page_title))

def block_subtitle(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_source = resolve('source')
    l_0_encoding = resolve('encoding')
    l_0_documents = resolve('documents')
    try:
        t_1 = environment.filters['basename']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'basename' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '文件结构报告 outline · <span title="'
    yield escape((undefined(name='source') if l_0_source is missing else l_0_source))
    yield '">'
    yield escape(t_1((undefined(name='source') if l_0_source is missing else l_0_source)))
    yield '</span> · '
    yield escape((undefined(name='encoding') if l_0_encoding is missing else l_0_encoding))
    yield ' · '
    yield escape(t_2((undefined(name='documents') if l_0_documents is missing else l_0_documents)))
    yield ' 份文件 documents'

def block_nav(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_documents = resolve('documents')
    pass
    for l_1_d in (undefined(name='documents') if l_0_documents is missing else l_0_documents):
        _loop_vars = {}
        pass
        yield '<a href="#'
        yield escape(environment.getattr(l_1_d, 'id'))
        yield '">'
        yield escape((environment.getattr(environment.getattr(l_1_d, 'doc'), 'title') or ('封面通知 cover' if (environment.getattr(environment.getattr(l_1_d, 'doc'), 'kind') == 'cover') else '无标题 untitled')))
        yield '</a>'
    l_1_d = missing
    yield '<a href="#text">全文 full text</a>'

def block_keys(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<kbd>j</kbd>/<kbd>k</kbd> 下一节/上一节 next/previous section · <kbd>Enter</kbd> 跳到正文 go to the text'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_documents = resolve('documents')
    l_0_outside = resolve('outside')
    l_0_text_pieces = resolve('text_pieces')
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext((undefined(name='documents') if l_0_documents is missing else l_0_documents), undefined):
        _loop_vars = {}
        pass
        yield '<section class="card document" id="'
        yield escape(environment.getattr(l_1_d, 'id'))
        yield '" data-kind="'
        yield escape(environment.getattr(environment.getattr(l_1_d, 'doc'), 'kind'))
        yield '">\n  <h2>'
        if (environment.getattr(environment.getattr(l_1_d, 'doc'), 'kind') == 'cover'):
            pass
            yield '<span class="badge">封面通知 cover</span> '
        yield escape((environment.getattr(environment.getattr(l_1_d, 'doc'), 'title') or '（无标题）'))
        yield '</h2>\n  <div class="figures">\n    <div class="figure"><b>'
        yield escape(t_2(environment.getattr(l_1_d, 'sections')))
        yield '</b><span>节 sections</span></div>\n    <div class="figure uncertain"><b>'
        yield escape(environment.getattr(l_1_d, 'uncertain'))
        yield '</b><span>标题分界推测 guessed headings</span></div>\n    <div class="figure anomaly"><b>'
        yield escape(t_2(environment.getattr(l_1_d, 'anomalies')))
        yield '</b><span>异常 anomalies</span></div>\n    <div class="figure"><b>'
        yield escape((environment.getitem(environment.getattr(environment.getattr(l_1_d, 'doc'), 'body'), 1) - environment.getitem(environment.getattr(environment.getattr(l_1_d, 'doc'), 'body'), 0)))
        yield '</b><span>正文字符 body characters</span></div>\n  </div>\n  <dl class="meta">\n    <dt>文号 number</dt><dd>'
        yield escape((environment.getattr(environment.getattr(l_1_d, 'doc'), 'doc_number') or '—'))
        if ('doc_number' in environment.getattr(environment.getattr(l_1_d, 'doc'), 'inherited')):
            pass
            yield ' <span class="badge">取自封面</span>'
        yield '</dd>\n    <dt>发文机关 issuer</dt><dd>'
        yield escape((environment.getattr(environment.getattr(l_1_d, 'doc'), 'issuer') or '—'))
        if environment.getattr(environment.getattr(l_1_d, 'doc'), 'issuer_source'):
            pass
            yield ' <span class="muted">（'
            yield escape(environment.getattr(environment.getattr(l_1_d, 'doc'), 'issuer_source'))
            yield '）</span>'
        yield '</dd>\n    <dt>成文日期 date</dt><dd>'
        yield escape((environment.getattr(environment.getattr(l_1_d, 'doc'), 'date') or '—'))
        if ('date' in environment.getattr(environment.getattr(l_1_d, 'doc'), 'inherited')):
            pass
            yield ' <span class="badge">取自封面</span>'
        yield '</dd>\n    <dt>主送 addressees</dt><dd>'
        yield escape((t_3(context.eval_ctx, environment.getattr(environment.getattr(l_1_d, 'doc'), 'addressees'), '；') or '—'))
        yield '</dd>\n    <dt>引用 cites</dt><dd>'
        l_2_loop = missing
        t_4 = 1
        for l_2_c, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_d, 'doc'), 'cites'), undefined):
            _loop_vars = {}
            pass
            yield '《'
            yield escape(environment.getattr(l_2_c, 'title'))
            yield '》'
            if environment.getattr(l_2_c, 'doc_number'):
                pass
                yield '（'
                yield escape(environment.getattr(l_2_c, 'doc_number'))
                yield '）'
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                yield '；'
            t_4 = 0
        l_2_loop = l_2_c = missing
        if t_4:
            pass
            yield '—'
        yield '</dd>\n    <dt>正文 body</dt><dd><a href="#'
        yield escape(environment.getattr(l_1_d, 'id'))
        yield '-text">'
        yield escape(environment.getitem(environment.getattr(environment.getattr(l_1_d, 'doc'), 'body'), 0))
        yield '–'
        yield escape(environment.getitem(environment.getattr(environment.getattr(l_1_d, 'doc'), 'body'), 1))
        yield '</a></dd>\n'
        if environment.getattr(l_1_d, 'page'):
            pass
            yield '<dt>网页 page</dt><dd class="page-metadata">'
            l_2_loop = missing
            for (l_2_label, l_2_value), l_2_loop in LoopContext(environment.getattr(l_1_d, 'page'), undefined):
                _loop_vars = {}
                pass
                yield '<span class="muted">'
                yield escape(l_2_label)
                yield '</span> '
                yield escape(l_2_value)
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '；'
            l_2_loop = l_2_label = l_2_value = missing
            yield '</dd>'
        yield '  </dl>\n  <h3>目录 outline</h3>\n  <ul class="outline">\n'
        for l_2_row in environment.getattr(l_1_d, 'sections'):
            _loop_vars = {}
            pass
            yield '    <li data-nav style="--depth: '
            yield escape(environment.getattr(l_2_row, 'indent'))
            yield '" data-level="'
            yield escape(environment.getattr(environment.getattr(l_2_row, 'section'), 'level'))
            yield '">\n      <a href="#'
            yield escape(environment.getattr(l_2_row, 'anchor'))
            yield '">'
            if (environment.getattr(environment.getattr(l_2_row, 'section'), 'ordinal') == (0,)):
                pass
                yield '<span class="label">序言</span> preamble'
            else:
                pass
                yield '<span class="label">'
                yield escape(environment.getattr(environment.getattr(l_2_row, 'section'), 'label'))
                yield '</span>'
                yield escape((environment.getattr(environment.getattr(l_2_row, 'section'), 'heading') or ''))
            yield '</a>\n'
            if (not environment.getattr(environment.getattr(l_2_row, 'section'), 'heading_certain')):
                pass
                yield '<span class="badge uncertain" title="标题与正文连排，分界为推测 heading run into its paragraph">标题分界推测 guessed</span>'
            if (environment.getattr(environment.getattr(l_2_row, 'section'), 'lead') or environment.getattr(environment.getattr(l_2_row, 'section'), 'responsible')):
                pass
                yield '<div class="agencies">'
                if environment.getattr(environment.getattr(l_2_row, 'section'), 'lead'):
                    pass
                    yield '牵头：'
                    yield escape(t_3(context.eval_ctx, environment.getattr(environment.getattr(l_2_row, 'section'), 'lead'), '、'))
                if (environment.getattr(environment.getattr(l_2_row, 'section'), 'lead') and environment.getattr(environment.getattr(l_2_row, 'section'), 'responsible')):
                    pass
                    yield '；'
                if environment.getattr(environment.getattr(l_2_row, 'section'), 'responsible'):
                    pass
                    yield '负责：'
                    yield escape(t_3(context.eval_ctx, environment.getattr(environment.getattr(l_2_row, 'section'), 'responsible'), '、'))
                yield '</div>'
            yield '    </li>\n'
        l_2_row = missing
        yield '  </ul>\n'
        if environment.getattr(l_1_d, 'anomalies'):
            pass
            yield '  <h3>异常 anomalies <span class="muted">('
            yield escape(t_2(environment.getattr(l_1_d, 'anomalies')))
            yield ')</span></h3>\n  <table>\n    <thead><tr><th>类型 kind</th><th>说明 message</th><th>上下文 context</th></tr></thead>\n    <tbody>\n'
            for l_2_row in environment.getattr(l_1_d, 'anomalies'):
                _loop_vars = {}
                pass
                yield '<tr><td><span class="badge anomaly">'
                yield escape(environment.getattr(environment.getattr(l_2_row, 'anomaly'), 'kind'))
                yield '</span></td><td>'
                yield escape(environment.getattr(environment.getattr(l_2_row, 'anomaly'), 'message'))
                yield '</td><td class="muted">…'
                yield escape(environment.getattr(l_2_row, 'context'))
                yield '…</td></tr>\n'
            l_2_row = missing
            yield '    </tbody>\n  </table>\n'
        yield '</section>\n'
    l_1_loop = l_1_d = missing
    if (undefined(name='outside') if l_0_outside is missing else l_0_outside):
        pass
        yield '<section class="card">\n  <h2>正文以外的内容 outside the documents</h2>\n  <ul>'
        for l_1_o in (undefined(name='outside') if l_0_outside is missing else l_0_outside):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.getattr(environment.getattr(l_1_o, 'span'), 'start'))
            yield '–'
            yield escape(environment.getattr(environment.getattr(l_1_o, 'span'), 'end'))
            yield '：'
            yield escape(environment.getattr(l_1_o, 'reason'))
            yield '</li>'
        l_1_o = missing
        yield '</ul>\n</section>\n'
    yield '<section class="card" id="text">\n  <h2>全文 full text</h2>\n  <p class="muted legend">图例 legend: <span class="text"><span class="heading">标题 heading</span> <span class="heading uncertain">分界为推测 guessed end</span> <span class="note">（责任单位注 agency note）</span> <span class="outside">正文以外 outside the document</span></span></p>\n  <div class="text">'
    for l_1_p in (undefined(name='text_pieces') if l_0_text_pieces is missing else l_0_text_pieces):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_p, 'anchor'):
            pass
            yield '<span id="'
            yield escape(environment.getattr(l_1_p, 'anchor'))
            yield '"></span>'
        if environment.getattr(l_1_p, 'marks'):
            pass
            yield '<span class="'
            yield escape(t_3(context.eval_ctx, environment.getattr(l_1_p, 'marks'), ' '))
            yield '">'
            yield escape(environment.getattr(l_1_p, 'text'))
            yield '</span>'
        else:
            pass
            yield escape(environment.getattr(l_1_p, 'text'))
    l_1_p = missing
    yield '</div>\n</section>\n'

blocks = {'report': block_report, 'title': block_title, 'heading': block_heading, 'subtitle': block_subtitle, 'nav': block_nav, 'keys': block_keys, 'content': block_content}
debug_info = '1=12&2=17&3=27&4=39&5=50&6=83&7=103&8=113&9=137&10=141&11=145&13=150&14=152&15=154&16=156&19=158&20=163&21=170&22=175&23=179&24=199&25=205&29=222&30=226&31=230&32=242&33=245&37=263&38=266&42=268&49=282&52=285&58=298'
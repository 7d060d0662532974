from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'collation.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'collation.html')
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
    yield 'collation'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_title = resolve('title')
    pass
    yield '校勘 Collation · '
    yield escape(((undefined(name='title') if l_0_title is missing else l_0_title) or 'policydiff'))

def block_heading(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_title = resolve('title')
    pass
    yield '校勘报告 Collation'
    if (undefined(name='title') if l_0_title is missing else l_0_title):
        pass
        yield '：'
        yield escape((undefined(name='title') if l_0_title is missing else l_0_title))

def block_subtitle(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_ids = resolve('ids')
    l_0_collation = resolve('collation')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield escape(t_1((undefined(name='ids') if l_0_ids is missing else l_0_ids)))
    yield ' 个版本 copies · 比较正文，格式差异另计 · bodies compared, formatting counted apart · 底本 base '
    yield escape(environment.getattr((undefined(name='collation') if l_0_collation is missing else l_0_collation), 'base'))

def block_nav(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<a href="#summary">概要 summary</a><a href="#variants">异文 variants</a><a href="#formatting">格式 formatting</a><a href="#table">对勘表 table</a><a href="#families">谱系 families</a><a href="#common">汇校本 common text</a><a href="#texts">全文对读 texts</a>'

def block_sync(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<label><input type="checkbox" id="sync" checked> 同步滚动 scroll texts in step</label>'

def block_keys(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<kbd>j</kbd>/<kbd>k</kbd> 下一条/上一条异文 next/previous variant · <kbd>Enter</kbd> 在全文中定位 show in the texts'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_summary = resolve('summary')
    l_0_categories = resolve('categories')
    l_0_witnesses = resolve('witnesses')
    l_0_documents = resolve('documents')
    l_0_warnings = resolve('warnings')
    l_0_converter = resolve('converter')
    l_0_notes = resolve('notes')
    l_0_paragraphs = resolve('paragraphs')
    l_0_formatting = resolve('formatting')
    l_0_texts = resolve('texts')
    try:
        t_2 = environment.filters['basename']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'basename' found.")
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<section class="card" id="summary">\n  <h2>概要 Summary</h2>\n  <div class="figures">\n'
    for (l_1_cat, l_1_n) in context.call(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'items'), _block_vars=_block_vars):
        _loop_vars = {}
        pass
        yield '    <div class="figure '
        yield escape(l_1_cat)
        yield '"><b>'
        yield escape(l_1_n)
        yield '</b><span>'
        yield escape(environment.getitem((undefined(name='categories') if l_0_categories is missing else l_0_categories), l_1_cat))
        if (l_1_cat == 'formatting'):
            pass
            yield ' · 默认隐藏 hidden'
        yield '</span></div>\n'
    l_1_cat = l_1_n = missing
    yield '  </div>\n  <p class="muted">文字、标点异文附有判断（哪个版本可能正确）及理由；格式差异（全角半角、空格、换行）只计数，默认隐藏。\n  Content and punctuation variants carry a verdict with its reason; formatting differences (width, spaces, line breaks) are counted and hidden by default.</p>\n  <p class="muted legend" id="legend">图例 legend:\n    <span class="text">'
    def t_3(fiter):
        for l_1_cat in fiter:
            if (l_1_cat != 'formatting'):
                yield l_1_cat
    for l_1_cat in t_3((undefined(name='categories') if l_0_categories is missing else l_0_categories)):
        _loop_vars = {}
        pass
        yield '<a class="v '
        yield escape(l_1_cat)
        yield '">'
        yield escape(environment.getitem((undefined(name='categories') if l_0_categories is missing else l_0_categories), l_1_cat))
        yield '</a> '
    l_1_cat = missing
    yield '<a class="v gap content"></a> 此处缺文 missing here</span>\n    （全文对读中的标记 marks in the texts below；打印时文字、标点异文加下划线 underlined in print）</p>\n  <table>\n    <thead><tr><th>版本 copy</th><th>文件 file</th><th>标题 title</th><th>正文范围 body / 字符 chars</th></tr></thead>\n    <tbody>\n'
    for l_1_w in (undefined(name='witnesses') if l_0_witnesses is missing else l_0_witnesses):
        l_1_collation = resolve('collation')
        _loop_vars = {}
        pass
        yield '      <tr><td><a href="#t-'
        yield escape(environment.getattr(l_1_w, 'id'))
        yield '"><b>'
        yield escape(environment.getattr(l_1_w, 'id'))
        yield '</b></a>'
        if (environment.getattr(l_1_w, 'id') == environment.getattr((undefined(name='collation') if l_1_collation is missing else l_1_collation), 'base')):
            pass
            yield ' <span class="badge">底本 base</span>'
        yield '</td><td title="'
        yield escape(environment.getattr(l_1_w, 'path'))
        yield '">'
        yield escape(t_2(environment.getattr(l_1_w, 'path')))
        yield '</td><td>'
        yield escape((environment.getattr(l_1_w, 'title') or '—'))
        yield '</td><td>'
        yield escape(environment.getitem(environment.getattr(l_1_w, 'body'), 0))
        yield '–'
        yield escape(environment.getitem(environment.getattr(l_1_w, 'body'), 1))
        yield ' / '
        yield escape(environment.getattr(l_1_w, 'chars'))
        yield '</td></tr>\n'
    l_1_w = l_1_collation = missing
    yield '    </tbody>\n  </table>\n'
    if (undefined(name='documents') if l_0_documents is missing else l_0_documents):
        pass
        yield '  <h3>文件中的各篇文件 Documents of the files ('
        yield escape(t_1((undefined(name='documents') if l_0_documents is missing else l_0_documents)))
        yield ')</h3>\n  <table>\n    <thead><tr><th>#</th>'
        for l_1_w in (undefined(name='witnesses') if l_0_witnesses is missing else l_0_witnesses):
            _loop_vars = {}
            pass
            yield '<th>'
            yield escape(environment.getattr(l_1_w, 'id'))
            yield '</th>'
        l_1_w = missing
        yield '</tr></thead>\n    <tbody>\n'
        for l_1_row in (undefined(name='documents') if l_0_documents is missing else l_0_documents):
            _loop_vars = {}
            pass
            yield '      <tr><td>'
            yield escape(environment.getattr(l_1_row, 'index'))
            yield '</td>'
            for l_2_d in environment.getattr(l_1_row, 'copies'):
                _loop_vars = {}
                pass
                yield '<td>'
                if l_2_d:
                    pass
                    yield escape(environment.getattr(l_2_d, 'title'))
                    yield ' <span class="muted">'
                    yield escape(environment.getitem(environment.getattr(l_2_d, 'body'), 0))
                    yield '–'
                    yield escape(environment.getitem(environment.getattr(l_2_d, 'body'), 1))
                    yield '</span>'
                else:
                    pass
                    yield '<span class="none">（无 none）</span>'
                yield '</td>'
            l_2_d = missing
            yield '</tr>\n'
        l_1_row = missing
        yield '    </tbody>\n  </table>\n'
    if (undefined(name='warnings') if l_0_warnings is missing else l_0_warnings):
        pass
        yield '  <h3>注意 Warnings</h3>\n  <ul class="warnings">\n'
        for l_1_warning in (undefined(name='warnings') if l_0_warnings is missing else l_0_warnings):
            _loop_vars = {}
            pass
            yield '    <li>'
            yield escape(l_1_warning)
            yield '</li>\n'
        l_1_warning = missing
        yield '  </ul>\n'
    yield '</section>\n<section class="card" id="variants">\n  <h2>校记 Collation notes: 异文列表 variants</h2>\n  <fieldset class="filters" data-filter="category" data-items=".variant, .para-line" data-count=".variant">\n    <legend>显示 show</legend>\n'
    for l_1_cat in (undefined(name='categories') if l_0_categories is missing else l_0_categories):
        l_1_real = resolve('real')
        l_1_show_formatting = resolve('show_formatting')
        _loop_vars = {}
        pass
        yield '    <label class="'
        yield escape(l_1_cat)
        yield '"><input type="checkbox" value="'
        yield escape(l_1_cat)
        yield '"'
        if (l_1_cat == 'formatting'):
            pass
            yield ' id="show-formatting"'
        if ((l_1_cat in (undefined(name='real') if l_1_real is missing else l_1_real)) or ((l_1_cat == 'formatting') and (undefined(name='show_formatting') if l_1_show_formatting is missing else l_1_show_formatting))):
            pass
            yield ' checked'
        yield '> '
        yield escape(environment.getitem((undefined(name='categories') if l_0_categories is missing else l_0_categories), l_1_cat))
        yield ' ('
        yield escape(environment.getitem((undefined(name='summary') if l_0_summary is missing else l_0_summary), l_1_cat))
        yield ')</label>\n'
    l_1_cat = l_1_real = l_1_show_formatting = missing
    if (undefined(name='converter') if l_0_converter is missing else l_0_converter):
        pass
        yield '    <label class="converter" title="各本只因繁简、地区用语转换而异 the copies differ only as a script converter makes them differ"><input type="checkbox" value="converter"> 转换差异 converter only ('
        yield escape((undefined(name='converter') if l_0_converter is missing else l_0_converter))
        yield ')</label>\n'
    yield '    <span class="muted">可见 visible <output>'
    yield escape((t_1((undefined(name='notes') if l_0_notes is missing else l_0_notes)) + t_1((undefined(name='paragraphs') if l_0_paragraphs is missing else l_0_paragraphs))))
    yield ' / '
    yield escape(((t_1((undefined(name='notes') if l_0_notes is missing else l_0_notes)) + t_1((undefined(name='paragraphs') if l_0_paragraphs is missing else l_0_paragraphs))) + t_1((undefined(name='formatting') if l_0_formatting is missing else l_0_formatting))))
    yield '</output></span>\n  </fieldset>\n  <p class="muted noprint">默认只列文字与标点异文（真正的异文），依次编号为校记；结构、正文外内容与格式差异可勾选显示。点击一条异文，各版本全文同时滚动到该处。Real variants (wording and punctuation) come first, numbered as collation notes; tick the boxes to see structure, outside material and formatting. Click a variant to show it in every copy.</p>\n  <p class="downloads noprint">下载 download: <button type="button" data-download="variants" data-format="csv">异文 variants CSV</button> <button type="button" data-download="variants" data-format="json">JSON</button> <span class="muted">（不含格式差异 formatting left out）</span></p>\n  <ol class="variants">\n'
    for l_1_row in (undefined(name='notes') if l_0_notes is missing else l_0_notes):
        l_1_real = resolve('real')
        l_1_v = missing
        _loop_vars = {}
        pass
        l_1_v = environment.getattr(l_1_row, 'v')
        _loop_vars['v'] = l_1_v
        yield '    <li class="variant '
        yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'category'))
        yield '" data-nav id="'
        yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'id'))
        yield '" data-category="'
        yield escape(environment.getattr(l_1_row, 'filter'))
        yield '" data-go="'
        yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'id'))
        yield '">\n      <div class="head">\n        <a class="vid" href="#'
        yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'id'))
        yield '">校记'
        yield escape(environment.getattr(l_1_row, 'number'))
        yield '</a>\n        <span class="badge '
        yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'category'))
        yield '">'
        yield escape(environment.getitem((undefined(name='categories') if l_0_categories is missing else l_0_categories), environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'category')))
        yield '</span>\n        <span class="badge lacks">'
        yield escape(environment.getattr(l_1_row, 'badge'))
        yield '</span>\n'
        if (undefined(name='documents') if l_0_documents is missing else l_0_documents):
            pass
            yield '<span class="muted">文件 document '
            yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'document'))
            yield '</span>'
        if environment.getattr(l_1_row, 'section'):
            pass
            yield '<span class="muted">§ '
            yield escape(environment.getattr(l_1_row, 'section'))
            yield '</span>'
        yield '        <span class="muted">'
        yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'id'))
        yield '</span>\n        <button type="button" class="copy noprint" data-copy="'
        yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'id'))
        yield '" title="复制本条链接 copy a link to this">#链接<span class="sr"> copy link</span></button>\n      </div>\n      <table class="readings">\n'
        for l_2_r in environment.getattr(l_1_row, 'readings'):
            _loop_vars = {}
            pass
            yield '        <tr'
            if environment.getattr(l_2_r, 'preferred'):
                pass
                yield ' class="preferred"'
            yield '>\n          <td class="siglum"><a href="#'
            yield escape(environment.getattr(l_2_r, 'id'))
            yield '-'
            yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'id'))
            yield '" title="在全文中查看 show in the text">'
            yield escape(environment.getattr(l_2_r, 'id'))
            yield '</a></td>\n          <td class="ctx">'
            if (environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'category') != 'extraneous'):
                pass
                yield '…'
                yield escape(environment.getattr(l_2_r, 'before'))
            yield '<mark>'
            if environment.getattr(l_2_r, 'text'):
                pass
                yield escape(environment.getattr(l_2_r, 'shown'))
            else:
                pass
                yield '<span class="none">（无 none）</span>'
            yield '</mark>'
            if (environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'category') != 'extraneous'):
                pass
                yield escape(environment.getattr(l_2_r, 'after'))
                yield '…'
            yield '</td>\n        </tr>\n'
        l_2_r = missing
        yield '      </table>\n      <div class="verdict"><span class="note-text">'
        yield escape(environment.getattr(l_1_row, 'note'))
        yield '</span>'
        if environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'preferred'):
            pass
            yield ' 判断 verdict：<b>'
            yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'preferred'))
            yield '</b> 正确（置信度 confidence '
            yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'confidence'))
            yield '）'
        elif (environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'category') in (undefined(name='real') if l_1_real is missing else l_1_real)):
            pass
            yield ' 判断 verdict：未定 undecided'
        if environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'reason'):
            pass
            yield ' <span class="muted">— '
            yield escape(environment.getattr((undefined(name='v') if l_1_v is missing else l_1_v), 'reason'))
            yield '</span>'
        yield '</div>\n    </li>\n'
    l_1_row = l_1_v = l_1_real = missing
    if (undefined(name='paragraphs') if l_0_paragraphs is missing else l_0_paragraphs):
        pass
        yield '    <li class="para-line" data-category="structure"><b>分段差异 paragraph breaks ('
        yield escape(t_1((undefined(name='paragraphs') if l_0_paragraphs is missing else l_0_paragraphs)))
        yield ')</b> <span class="muted">¶ 表示另起一段 ¶ marks a new paragraph</span>\n      <ul class="para">'
        for l_1_row in (undefined(name='paragraphs') if l_0_paragraphs is missing else l_0_paragraphs):
            _loop_vars = {}
            pass
            yield '<li class="variant chip structure" data-nav id="'
            yield escape(environment.getattr(environment.getattr(l_1_row, 'v'), 'id'))
            yield '" data-category="structure" data-go="'
            yield escape(environment.getattr(environment.getattr(l_1_row, 'v'), 'id'))
            yield '" title="'
            yield escape(environment.getattr(l_1_row, 'note'))
            yield '"><a class="vid" href="#'
            yield escape(environment.getattr(environment.getattr(l_1_row, 'v'), 'id'))
            yield '">校记'
            yield escape(environment.getattr(l_1_row, 'number'))
            yield '</a>'
            for l_2_r in environment.getattr(l_1_row, 'readings'):
                _loop_vars = {}
                pass
                yield ' '
                yield escape(environment.getattr(l_2_r, 'id'))
                yield '<code>'
                yield escape(environment.getattr(l_2_r, 'shown'))
                yield '</code>'
            l_2_r = missing
            yield '</li>'
        l_1_row = missing
        yield '</ul>\n    </li>\n'
    yield '  </ol>\n  <h3 id="formatting">格式差异 Formatting ('
    yield escape(t_1((undefined(name='formatting') if l_0_formatting is missing else l_0_formatting)))
    yield ') <span class="muted">'
    if (undefined(name='formatting') if l_0_formatting is missing else l_0_formatting):
        pass
        yield '— 勾选上方“'
        yield escape(environment.getattr((undefined(name='categories') if l_0_categories is missing else l_0_categories), 'formatting'))
        yield '”显示 tick “'
        yield escape(environment.getattr((undefined(name='categories') if l_0_categories is missing else l_0_categories), 'formatting'))
        yield '” above to show them'
    else:
        pass
        yield '— 无 none'
    yield '</span></h3>\n  <ul class="fmt">\n'
    for l_1_row in (undefined(name='formatting') if l_0_formatting is missing else l_0_formatting):
        _loop_vars = {}
        pass
        yield '    <li class="variant" data-nav id="'
        yield escape(environment.getattr(environment.getattr(l_1_row, 'v'), 'id'))
        yield '" data-category="formatting" data-go="'
        yield escape(environment.getattr(environment.getattr(l_1_row, 'v'), 'id'))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_row, 'v'), 'id'))
        for l_2_r in environment.getattr(l_1_row, 'readings'):
            _loop_vars = {}
            pass
            yield ' '
            yield escape(environment.getattr(l_2_r, 'id'))
            yield '<code>'
            yield escape(environment.getattr(l_2_r, 'shown'))
            yield '</code>'
        l_2_r = missing
        yield '</li>\n'
    l_1_row = missing
    yield '  </ul>\n</section>\n'
    template = environment.get_template('_collation_table.html', 'collation.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<section class="card" id="texts">\n  <h2>全文对读 Full texts side by side</h2>\n  <div class="side-toggle noprint" role="group" aria-label="显示哪个版本 which copy to show">'
    l_1_loop = missing
    for l_1_t, l_1_loop in LoopContext((undefined(name='texts') if l_0_texts is missing else l_0_texts), undefined):
        _loop_vars = {}
        pass
        yield '<button type="button" data-show="'
        yield escape(environment.getattr(l_1_t, 'id'))
        yield '" aria-pressed="'
        yield escape(('true' if environment.getattr(l_1_loop, 'first') else 'false'))
        yield '">版本 copy '
        yield escape(environment.getattr(l_1_t, 'id'))
        yield '</button>'
    l_1_loop = l_1_t = missing
    yield '</div>\n  <div class="panes">\n'
    for l_1_t in (undefined(name='texts') if l_0_texts is missing else l_0_texts):
        l_1_collation = resolve('collation')
        _loop_vars = {}
        pass
        yield '    <div class="pane" id="t-'
        yield escape(environment.getattr(l_1_t, 'id'))
        yield '" data-side="'
        yield escape(environment.getattr(l_1_t, 'id'))
        yield '" tabindex="0" aria-label="版本 copy '
        yield escape(environment.getattr(l_1_t, 'id'))
        yield '">\n      <div class="pane-title">'
        yield escape(environment.getattr(l_1_t, 'id'))
        if (environment.getattr(l_1_t, 'id') == environment.getattr((undefined(name='collation') if l_1_collation is missing else l_1_collation), 'base')):
            pass
            yield ' · 底本 base'
        yield '</div>\n      <div class="text">'
        yield escape(environment.getattr(l_1_t, 'html'))
        yield '</div>\n    </div>\n'
    l_1_t = l_1_collation = missing
    yield '  </div>\n</section>\n'

blocks = {'report': block_report, 'title': block_title, 'heading': block_heading, 'subtitle': block_subtitle, 'nav': block_nav, 'sync': block_sync, 'keys': block_keys, 'content': block_content}
debug_info = '1=12&2=17&3=27&4=39&5=54&6=74&7=84&8=94&9=104&13=135&14=139&20=150&25=164&26=169&30=191&31=194&33=196&35=204&36=208&41=230&44=233&45=237&54=242&55=248&57=264&58=267&60=270&65=274&66=279&67=282&69=290&70=294&71=298&72=300&73=305&74=311&75=313&78=315&79=319&80=323&81=329&85=348&88=367&89=370&90=372&94=399&96=412&97=416&101=433&104=441&106=453&107=458&108=464&109=469'
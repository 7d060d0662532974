from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_collation_table.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_table = resolve('table')
    l_0_ids = resolve('ids')
    l_0_tree = resolve('tree')
    l_0_families = resolve('families')
    l_0_ranking = resolve('ranking')
    l_0_common = resolve('common')
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '<section class="card" id="table">\n  <h2>对勘表 Alignment table ('
    yield escape(t_2((undefined(name='table') if l_0_table is missing else l_0_table)))
    yield ')</h2>\n  <p class="muted">每行一个异文处（至少一个版本读法不同），每列一个版本；同色为同一读法，加粗为多数读法。One row per variant location (where at least one copy reads differently), one column per copy; cells of one colour share a reading, the majority reading is bold'
    if t_3(context.eval_ctx, t_4(context, (undefined(name='table') if l_0_table is missing else l_0_table), 'converter')):
        pass
        yield '; rows in grey differ only as a script converter makes them differ'
    yield '.</p>\n  <p class="downloads noprint">下载 download: <button type="button" data-download="table" data-format="csv">对勘表 table CSV</button> <button type="button" data-download="table" data-format="json">JSON</button></p>\n  <div class="table-wrap">\n  <table class="alignment-table">\n    <thead><tr><th>处 location</th><th>异文 variant</th><th>分组 readings grouped</th>'
    for l_1_id in (undefined(name='ids') if l_0_ids is missing else l_0_ids):
        _loop_vars = {}
        pass
        yield '<th>'
        yield escape(l_1_id)
        yield '</th>'
    l_1_id = missing
    yield '</tr></thead>\n    <tbody>\n'
    t_5 = 1
    for l_1_row in (undefined(name='table') if l_0_table is missing else l_0_table):
        _loop_vars = {}
        pass
        yield '      <tr id="'
        yield escape(environment.getattr(l_1_row, 'id'))
        yield '"'
        if environment.getattr(l_1_row, 'converter'):
            pass
            yield ' class="converter"'
        yield '><td>'
        yield escape(environment.getattr(l_1_row, 'id'))
        yield '</td><td>'
        for l_2_v in environment.getattr(l_1_row, 'variants'):
            _loop_vars = {}
            pass
            yield '<a href="#'
            yield escape(l_2_v)
            yield '">'
            yield escape(l_2_v)
            yield '</a> '
        l_2_v = missing
        yield '</td><td class="grouped">'
        yield escape(environment.getattr(l_1_row, 'grouped'))
        yield '</td>'
        for l_2_cell in environment.getattr(l_1_row, 'cells'):
            _loop_vars = {}
            pass
            yield '<td class="g'
            yield escape(environment.getattr(l_2_cell, 'group'))
            if environment.getattr(l_2_cell, 'majority'):
                pass
                yield ' majority'
            yield '">'
            if environment.getattr(l_2_cell, 'text'):
                pass
                yield escape(environment.getattr(l_2_cell, 'text'))
            else:
                pass
                yield '<span class="none">∅</span>'
            yield '</td>'
        l_2_cell = missing
        yield '</tr>\n'
        t_5 = 0
    l_1_row = missing
    if t_5:
        pass
        yield '      <tr><td colspan="'
        yield escape((t_2((undefined(name='ids') if l_0_ids is missing else l_0_ids)) + 3))
        yield '" class="muted">无异文 no variant locations</td></tr>\n'
    yield '    </tbody>\n  </table>\n  </div>\n</section>\n<section class="card" id="families">\n  <h2>版本谱系 Families of copies</h2>\n  <p class="muted">共享少数异文（不到半数版本所有的读法：共同的讹误、共同的改写）的版本为一族；仅由繁简转换或地区用语造成的差异不计。Copies that share readings fewer than half of the copies have (shared slips, shared rewordings) form a family; differences a script converter makes do not count.</p>\n  <div class="picture">\n  <svg viewBox="0 0 '
    yield escape(environment.getattr((undefined(name='tree') if l_0_tree is missing else l_0_tree), 'width'))
    yield ' '
    yield escape(environment.getattr((undefined(name='tree') if l_0_tree is missing else l_0_tree), 'height'))
    yield '" width="'
    yield escape(environment.getattr((undefined(name='tree') if l_0_tree is missing else l_0_tree), 'width'))
    yield '" height="'
    yield escape(environment.getattr((undefined(name='tree') if l_0_tree is missing else l_0_tree), 'height'))
    yield '" role="img" aria-labelledby="tree-title" class="stemma">\n    <title id="tree-title">谱系图 family tree: '
    yield escape(t_2((undefined(name='families') if l_0_families is missing else l_0_families)))
    yield ' 族 families</title>\n'
    for l_1_e in environment.getattr((undefined(name='tree') if l_0_tree is missing else l_0_tree), 'edges'):
        _loop_vars = {}
        pass
        yield '<line x1="'
        yield escape(environment.getattr(l_1_e, 'x1'))
        yield '" y1="'
        yield escape(environment.getattr(l_1_e, 'y1'))
        yield '" x2="'
        yield escape(environment.getattr(l_1_e, 'x2'))
        yield '" y2="'
        yield escape(environment.getattr(l_1_e, 'y2'))
        yield '"></line>'
    l_1_e = missing
    for l_1_n in environment.getattr((undefined(name='tree') if l_0_tree is missing else l_0_tree), 'nodes'):
        _loop_vars = {}
        pass
        yield '<g class="'
        yield escape(('leaf' if environment.getattr(l_1_n, 'leaf') else 'family'))
        yield '"><title>'
        yield escape(environment.getattr(l_1_n, 'title'))
        yield '</title><circle cx="'
        yield escape(environment.getattr(l_1_n, 'x'))
        yield '" cy="'
        yield escape(environment.getattr(l_1_n, 'y'))
        yield '" r="'
        yield escape((6 if environment.getattr(l_1_n, 'leaf') else 10))
        yield '"></circle><text x="'
        yield escape(environment.getattr(l_1_n, 'x'))
        yield '" y="'
        yield escape(((environment.getattr(l_1_n, 'y') + 24) if environment.getattr(l_1_n, 'leaf') else (environment.getattr(l_1_n, 'y') - 14)))
        yield '">'
        yield escape(environment.getattr(l_1_n, 'label'))
        yield '</text></g>'
    l_1_n = missing
    yield '  </svg>\n  </div>\n  <ul class="families">\n'
    t_6 = 1
    for l_1_f in (undefined(name='families') if l_0_families is missing else l_0_families):
        _loop_vars = {}
        pass
        yield '    <li><b>'
        yield escape(environment.getattr(l_1_f, 'witnesses'))
        yield '</b> · 支持 support '
        yield escape(environment.getattr(l_1_f, 'support'))
        yield '：'
        for l_2_lid in environment.getattr(l_1_f, 'locations'):
            _loop_vars = {}
            pass
            yield '<a href="#'
            yield escape(l_2_lid)
            yield '">'
            yield escape(l_2_lid)
            yield '</a> '
        l_2_lid = missing
        if environment.getattr(l_1_f, 'more'):
            pass
            yield '… +'
            yield escape(environment.getattr(l_1_f, 'more'))
        yield '</li>\n'
        t_6 = 0
    l_1_f = missing
    if t_6:
        pass
        yield '    <li class="muted">无 none: 没有版本共享少数异文 no copies share minority readings</li>\n'
    yield '  </ul>\n  <h3>版本排序 Ranking: the copy to trust</h3>\n  <table class="ranking">\n    <thead><tr><th>#</th><th>版本 copy</th><th>多数读法 agreement</th><th>独有异文 singular</th><th>理由 why</th></tr></thead>\n    <tbody>\n'
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext((undefined(name='ranking') if l_0_ranking is missing else l_0_ranking), undefined):
        _loop_vars = {}
        pass
        yield '      <tr><td>'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '</td><td><b>'
        yield escape(environment.getattr(l_1_s, 'witness'))
        yield '</b>'
        if environment.getattr(l_1_s, 'official'):
            pass
            yield ' <span class="badge">官方网站 official site</span>'
        yield '</td><td>'
        yield escape(t_1('%.1f', (environment.getattr(l_1_s, 'agreement') * 100)))
        yield '%</td><td>'
        yield escape(environment.getattr(l_1_s, 'singular'))
        yield '</td><td>'
        yield escape(environment.getattr(l_1_s, 'reason'))
        yield '</td></tr>\n'
    l_1_loop = l_1_s = missing
    yield '    </tbody>\n  </table>\n</section>\n<section class="card" id="common">\n  <h2>汇校本 Reconstructed text</h2>\n'
    if (t_2((undefined(name='ids') if l_0_ids is missing else l_0_ids)) < 3):
        pass
        yield '  <p class="muted">两个版本无所谓多数，请看上面各条异文的判断。Two copies have no majority: see the verdicts of the variants above.</p>\n'
    else:
        pass
        yield '  <p class="muted">每处取多数读法；上标列出与之不同的版本及其读法，作为整理本的起点。The majority reading at every location; each superscript lists the copies that depart from it there, as a starting point for an edition.</p>\n'
    def t_7(fiter):
        for l_1_r in fiter:
            if (t_2((undefined(name='ids') if l_0_ids is missing else l_0_ids)) > 2):
                yield l_1_r
    for l_1_r in t_7((undefined(name='common') if l_0_common is missing else l_0_common)):
        _loop_vars = {}
        pass
        yield '  <div class="text common">'
        if (t_2((undefined(name='common') if l_0_common is missing else l_0_common)) > 1):
            pass
            yield '<div class="pane-title">文件 document '
            yield escape(environment.getattr(l_1_r, 'document'))
            yield '</div>'
        for l_2_p in environment.getattr(l_1_r, 'pieces'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_p, 'location'):
                pass
                yield '<a class="rec" href="#'
                yield escape(environment.getattr(l_2_p, 'location'))
                yield '">'
                yield escape((environment.getattr(l_2_p, 'text') or '∅'))
                yield '</a>'
                if environment.getattr(l_2_p, 'departures'):
                    pass
                    yield '<sup class="departures">'
                    yield escape(environment.getattr(l_2_p, 'departures'))
                    yield '</sup>'
            else:
                pass
                yield escape(environment.getattr(l_2_p, 'text'))
        l_2_p = missing
        yield '</div>\n'
    l_1_r = missing
    yield '</section>'

blocks = {}
debug_info = '2=42&3=44&7=48&9=57&10=61&12=104&22=107&23=115&24=117&25=130&29=153&30=157&39=182&40=186&47=202&52=208&53=216'
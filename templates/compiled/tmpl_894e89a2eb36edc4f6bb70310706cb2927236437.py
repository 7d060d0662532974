from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'corpus.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_label = l_0_doc_link = l_0_tree = missing
    pass
    parent_template = environment.get_template('base.html', 'corpus.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    def macro(l_1_d):
        t_1 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        t_1.append(
            escape(((environment.getattr(l_1_d, 'issuer') or environment.getattr(l_1_d, 'title')) or environment.getattr(l_1_d, 'id'))),
        )
        return concat(t_1)
    context.exported_vars.add('label')
    context.vars['label'] = l_0_label = Macro(environment, macro, 'label', ('d',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_d):
        t_2 = []
        if l_1_d is missing:
            l_1_d = undefined("parameter 'd' was not provided", name='d')
        pass
        if environment.getattr(l_1_d, 'report'):
            pass
            t_2.extend((
                '<a href="',
                escape(environment.getattr(l_1_d, 'report')),
                '">',
                escape((environment.getattr(l_1_d, 'title') or environment.getattr(l_1_d, 'id'))),
                '</a>',
            ))
        else:
            pass
            t_2.append(
                escape((environment.getattr(l_1_d, 'title') or environment.getattr(l_1_d, 'id'))),
            )
        return concat(t_2)
    context.exported_vars.add('doc_link')
    context.vars['doc_link'] = l_0_doc_link = Macro(environment, macro, 'doc_link', ('d',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_parent):
        t_3 = []
        l_1_children = resolve('children')
        if l_1_parent is missing:
            l_1_parent = undefined("parameter 'parent' was not provided", name='parent')
        pass
        if context.call(environment.getattr((undefined(name='children') if l_1_children is missing else l_1_children), 'get'), l_1_parent):
            pass
            t_3.append(
                '<ul class="tree">',
            )
            for l_2_d in environment.getitem((undefined(name='children') if l_1_children is missing else l_1_children), l_1_parent):
                l_2_levels = resolve('levels')
                l_2_roles = resolve('roles')
                _loop_vars = {}
                pass
                t_3.extend((
                    '  <li><span class="badge ',
                    escape(environment.getattr(l_2_d, 'level')),
                    '">',
                    escape(environment.getitem((undefined(name='levels') if l_2_levels is missing else l_2_levels), environment.getattr(l_2_d, 'level'))),
                    '</span> ',
                ))
                if (environment.getattr(l_2_d, 'role') == 'copy'):
                    pass
                    t_3.extend((
                        '<span class="badge copy">',
                        escape(environment.getitem((undefined(name='roles') if l_2_roles is missing else l_2_roles), 'copy')),
                        '</span> ',
                    ))
                t_3.extend((
                    escape(context.call((undefined(name='doc_link') if l_0_doc_link is missing else l_0_doc_link), l_2_d, _loop_vars=_loop_vars)),
                    ' <span class="muted">',
                    escape((environment.getattr(l_2_d, 'doc_number') or '')),
                    ' ',
                    escape((environment.getattr(l_2_d, 'date') or '')),
                    '</span>',
                    escape(context.call((undefined(name='tree') if l_0_tree is missing else l_0_tree), environment.getattr(l_2_d, 'id'), _loop_vars=_loop_vars)),
                    '</li>\n',
                ))
            l_2_d = l_2_levels = l_2_roles = missing
            t_3.append(
                '</ul>',
            )
        return concat(t_3)
    context.exported_vars.add('tree')
    context.vars['tree'] = l_0_tree = Macro(environment, macro, 'tree', ('parent',), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_report(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'corpus'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_national = resolve('national')
    pass
    yield '政策扩散 Corpus · '
    yield escape(((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'doc_number') or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'title')) or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'source')))

def block_heading(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_national = resolve('national')
    pass
    yield '政策扩散报告 Corpus：'
    yield escape(((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'doc_number') or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'title')) or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'source')))

def block_subtitle(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_national = resolve('national')
    l_0_summary = resolve('summary')
    pass
    yield '国家 national: '
    yield escape((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'title') or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'source')))
    yield ' · '
    yield escape(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'documents'))
    yield ' 份文件 documents, '
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'roles'), 'implements'))
    yield ' 份落实 implementing'

def block_nav(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<a href="#summary">摘要 summary</a><a href="#matrix">扩散矩阵 matrix</a><a href="#graph">引用关系 citation graph</a><a href="#discovery">发现 discovery</a><a href="#subs">替换 substitutions</a><a href="#horizontal">横向扩散 horizontal</a>'

def block_keys(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<kbd>j</kbd>/<kbd>k</kbd> 下一条/上一条 next/previous entry · <kbd>Enter</kbd> 打开 open'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_summary = resolve('summary')
    l_0_columns = resolve('columns')
    l_0_rows = resolve('rows')
    l_0_levels = resolve('levels')
    l_0_national = resolve('national')
    l_0_tree = resolve('tree')
    l_0_result = resolve('result')
    l_0_substitutions = resolve('substitutions')
    l_0_horizontal = resolve('horizontal')
    try:
        t_4 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<section class="card" id="summary">\n  <h2>摘要 Summary</h2>\n  <div class="figures">\n'
    for l_1_role in ['implements', 'copy', 'unrelated', 'unreadable']:
        l_1_roles = resolve('roles')
        _loop_vars = {}
        pass
        yield '    <div class="figure '
        yield escape(l_1_role)
        yield '"><b>'
        yield escape(environment.getitem(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'roles'), l_1_role))
        yield '</b><span>'
        yield escape(environment.getitem((undefined(name='roles') if l_1_roles is missing else l_1_roles), l_1_role))
        yield '</span></div>\n'
    l_1_role = l_1_roles = missing
    yield '    <div class="figure"><b>'
    yield escape(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'horizontal'))
    yield '</b><span>横向扩散条款 provisions shared among locals</span></div>\n  </div>\n  <p class="muted">本次对齐 aligned '
    yield escape(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'aligned'))
    yield ' 对 pairs，缓存 from the cache '
    yield escape(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'cached'))
    yield '。</p>\n</section>\n<section class="card" id="matrix">\n  <h2>扩散矩阵 Diffusion matrix</h2>\n  <p class="muted legend">行：国家条款，采纳最多的在上、最常未采纳的在下；列：落实文件（编号见发现列表）。数字为国家条款文本的覆盖率（十分位，<b>0</b>–<b>9</b>，<b>X</b> = 100%），<b>–</b> 为未采纳。Rows: national provisions, most adopted first; columns: implementing documents (numbered as in the discovery list). A digit is the share of the provision\'s text the document shares, in tenths; – is dropped.</p>\n'
    if (undefined(name='columns') if l_0_columns is missing else l_0_columns):
        pass
        yield '  <div class="heat-wrap" tabindex="0" aria-label="扩散矩阵 matrix">\n  <table class="heat">\n    <thead><tr><th scope="col">国家条款 national provision</th><th scope="col">采纳 adopted</th>'
        for l_1_d in (undefined(name='columns') if l_0_columns is missing else l_0_columns):
            l_1_label = resolve('label')
            l_1_number = resolve('number')
            _loop_vars = {}
            pass
            yield '<th scope="col" class="col" title="'
            yield escape(context.call((undefined(name='label') if l_1_label is missing else l_1_label), l_1_d, _loop_vars=_loop_vars))
            yield '">'
            if environment.getattr(l_1_d, 'report'):
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_1_d, 'report'))
                yield '">'
                yield escape(environment.getitem((undefined(name='number') if l_1_number is missing else l_1_number), environment.getattr(l_1_d, 'id')))
                yield '</a>'
            else:
                pass
                yield escape(environment.getitem((undefined(name='number') if l_1_number is missing else l_1_number), environment.getattr(l_1_d, 'id')))
            yield '</th>'
        l_1_d = l_1_label = l_1_number = missing
        yield '</tr></thead>\n    <tbody>\n'
        for l_1_r in (undefined(name='rows') if l_0_rows is missing else l_0_rows):
            l_1_ord = resolve('ord')
            _loop_vars = {}
            pass
            yield '      <tr><th scope="row"><span class="ord">'
            yield escape(context.call((undefined(name='ord') if l_1_ord is missing else l_1_ord), environment.getattr(environment.getattr(l_1_r, 'row'), 'ordinal'), _loop_vars=_loop_vars))
            yield '</span> '
            yield escape((environment.getattr(environment.getattr(l_1_r, 'row'), 'heading') or '(前言 preamble)'))
            yield '</th><td class="num">'
            yield escape(environment.getattr(environment.getattr(l_1_r, 'row'), 'implemented'))
            yield '/'
            yield escape((environment.getattr(environment.getattr(l_1_r, 'row'), 'implemented') + environment.getattr(environment.getattr(l_1_r, 'row'), 'dropped')))
            yield '</td>\n'
            yield escape(environment.getattr(l_1_r, 'cells'))
            yield '</tr>\n'
        l_1_r = l_1_ord = missing
        yield '    </tbody>\n  </table>\n  </div>\n'
    else:
        pass
        yield '<p>没有落实文件 No implementing documents.</p>'
    yield '</section>\n<section class="card" id="graph">\n  <h2>引用关系 Citation graph</h2>\n  <p class="muted">谁落实谁：国家 → 省级 → 市级 Who implements whom, national → provincial → municipal.</p>\n  <ul class="tree"><li><span class="badge national">'
    yield escape(environment.getattr((undefined(name='levels') if l_0_levels is missing else l_0_levels), 'national'))
    yield '</span> <b>'
    yield escape((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'title') or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'source')))
    yield '</b> <span class="muted">'
    yield escape((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'doc_number') or ''))
    yield ' '
    yield escape((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'date') or ''))
    yield '</span>'
    yield escape(context.call((undefined(name='tree') if l_0_tree is missing else l_0_tree), environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'national_id'), _block_vars=_block_vars))
    yield '</li></ul>\n</section>\n<section class="card" id="discovery">\n  <h2>发现 Discovery</h2>\n  <fieldset class="filters" data-filter="role" data-items="#discovery tr[data-role]">\n    <legend>角色 role</legend>\n'
    for l_1_role in ['implements', 'copy', 'unrelated', 'unreadable']:
        l_1_roles = resolve('roles')
        _loop_vars = {}
        pass
        yield '<label class="'
        yield escape(l_1_role)
        yield '"><input type="checkbox" value="'
        yield escape(l_1_role)
        yield '" checked> '
        yield escape(environment.getitem((undefined(name='roles') if l_1_roles is missing else l_1_roles), l_1_role))
        yield ' ('
        yield escape(environment.getitem(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'roles'), l_1_role))
        yield ')</label>\n'
    l_1_role = l_1_roles = missing
    yield '<span class="muted">可见 visible <output>'
    yield escape(t_5(environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'documents')))
    yield ' / '
    yield escape(t_5(environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'documents')))
    yield '</output></span>\n  </fieldset>\n  <table>\n    <thead><tr><th>#</th><th>文件 document</th><th>级别 level</th><th>角色 role</th><th>理由 reason</th><th>上级 parent</th><th>继承/调整/新增 shares</th></tr></thead>\n    <tbody>\n'
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'documents'), undefined):
        l_1_number = resolve('number')
        l_1_doc_link = resolve('doc_link')
        l_1_roles = resolve('roles')
        l_1_by_id = resolve('by_id')
        l_1_shares = resolve('shares')
        l_1_s = resolve('s')
        _loop_vars = {}
        pass
        yield '      <tr data-role="'
        yield escape(environment.getattr(l_1_d, 'role'))
        yield '" data-nav id="d'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '"><td>'
        yield escape(context.call(environment.getattr((undefined(name='number') if l_1_number is missing else l_1_number), 'get'), environment.getattr(l_1_d, 'id'), '', _loop_vars=_loop_vars))
        yield '</td>\n        <td><span class="text">'
        yield escape(context.call((undefined(name='doc_link') if l_1_doc_link is missing else l_1_doc_link), l_1_d, _loop_vars=_loop_vars))
        yield '</span><div class="muted small">'
        yield escape((environment.getattr(l_1_d, 'doc_number') or ''))
        yield ' '
        yield escape((environment.getattr(l_1_d, 'date') or ''))
        yield ' · '
        yield escape(environment.getattr(l_1_d, 'id'))
        yield '</div></td>\n        <td>'
        yield escape(environment.getitem((undefined(name='levels') if l_0_levels is missing else l_0_levels), environment.getattr(l_1_d, 'level')))
        yield '</td><td><span class="badge '
        yield escape(environment.getattr(l_1_d, 'role'))
        yield '">'
        yield escape(environment.getitem((undefined(name='roles') if l_1_roles is missing else l_1_roles), environment.getattr(l_1_d, 'role')))
        yield '</span></td>\n        <td>'
        yield escape(environment.getattr(l_1_d, 'reason'))
        for l_2_e in environment.getattr(l_1_d, 'evidence')[1:]:
            _loop_vars = {}
            pass
            yield '<div class="muted small">'
            yield escape(environment.getattr(l_2_e, 'detail'))
            yield '</div>'
        l_2_e = missing
        yield '</td>\n        <td>'
        if environment.getattr(l_1_d, 'parent'):
            pass
            yield escape(((environment.getattr(environment.getitem((undefined(name='by_id') if l_1_by_id is missing else l_1_by_id), environment.getattr(l_1_d, 'parent')), 'title') if (environment.getattr(l_1_d, 'parent') in (undefined(name='by_id') if l_1_by_id is missing else l_1_by_id)) else (environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'doc_number') or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'title'))) or environment.getattr(l_1_d, 'parent')))
        yield '</td>\n        <td>'
        if (environment.getattr(l_1_d, 'id') in (undefined(name='shares') if l_1_shares is missing else l_1_shares)):
            pass
            l_1_s = environment.getattr(environment.getitem((undefined(name='shares') if l_1_shares is missing else l_1_shares), environment.getattr(l_1_d, 'id')), 'shares')
            _loop_vars['s'] = l_1_s
            yield escape(t_4('%.0f', (environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'inherited') * 100)))
            yield '% / '
            yield escape(t_4('%.0f', (environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'localized') * 100)))
            yield '% / '
            yield escape(t_4('%.0f', (environment.getattr((undefined(name='s') if l_1_s is missing else l_1_s), 'new') * 100)))
            yield '%'
        yield '</td></tr>\n'
    l_1_loop = l_1_d = l_1_number = l_1_doc_link = l_1_roles = l_1_by_id = l_1_shares = l_1_s = missing
    yield '    </tbody>\n  </table>\n</section>\n<section class="card" id="subs">\n  <h2>常见替换 Common substitutions</h2>\n'
    if (undefined(name='substitutions') if l_0_substitutions is missing else l_0_substitutions):
        pass
        yield '  <table><thead><tr><th>国家 national</th><th>地方 local</th><th>次数 count</th><th>文件数 documents</th></tr></thead><tbody>\n'
        for l_1_x in (undefined(name='substitutions') if l_0_substitutions is missing else l_0_substitutions):
            _loop_vars = {}
            pass
            yield '<tr><td class="text">'
            yield escape(environment.getattr(l_1_x, 'national'))
            yield '</td><td class="text">'
            yield escape(environment.getattr(l_1_x, 'local'))
            yield '</td><td>'
            yield escape(environment.getattr(l_1_x, 'count'))
            yield '</td><td>'
            yield escape(t_5(environment.getattr(l_1_x, 'documents')))
            yield '</td></tr>\n'
        l_1_x = missing
        yield '</tbody></table>\n'
    else:
        pass
        yield '<p>无 None.</p>'
    yield '</section>\n<section class="card" id="horizontal">\n  <h2>横向扩散 Horizontal diffusion</h2>\n  <p class="muted">国家文本中没有、却出现在多份地方文件中的条款；最早的文件可能是来源。Provisions not in the national text that several local documents share; the earliest is the likely source.</p>\n'
    if (undefined(name='horizontal') if l_0_horizontal is missing else l_0_horizontal):
        pass
        yield '  <ol class="variants">\n'
        l_1_loop = missing
        for l_1_h, l_1_loop in LoopContext((undefined(name='horizontal') if l_0_horizontal is missing else l_0_horizontal), undefined):
            l_1_doc_link = resolve('doc_link')
            l_1_by_id = resolve('by_id')
            _loop_vars = {}
            pass
            yield '    <li class="horizontal-entry" data-nav id="h'
            yield escape(environment.getattr(l_1_loop, 'index'))
            yield '">\n      <div class="head">来源 origin: '
            yield escape(context.call((undefined(name='doc_link') if l_1_doc_link is missing else l_1_doc_link), environment.getitem((undefined(name='by_id') if l_1_by_id is missing else l_1_by_id), environment.getattr(l_1_h, 'origin')), _loop_vars=_loop_vars))
            yield ' <span class="muted">'
            yield escape((environment.getattr(environment.getitem((undefined(name='by_id') if l_1_by_id is missing else l_1_by_id), environment.getattr(l_1_h, 'origin')), 'date') or ''))
            yield '</span> · '
            yield escape(t_5(environment.getattr(l_1_h, 'documents')))
            yield ' 份 documents:\n'
            l_2_loop = missing
            for l_2_d, l_2_loop in LoopContext(environment.getattr(l_1_h, 'documents')[1:], undefined):
                _loop_vars = {}
                pass
                yield escape(context.call((undefined(name='doc_link') if l_1_doc_link is missing else l_1_doc_link), environment.getitem((undefined(name='by_id') if l_1_by_id is missing else l_1_by_id), l_2_d), _loop_vars=_loop_vars))
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '、'
            l_2_loop = l_2_d = missing
            yield '</div>\n      <div class="text">'
            yield escape(environment.getattr(l_1_h, 'text'))
            yield '</div>\n    </li>\n'
        l_1_loop = l_1_h = l_1_doc_link = l_1_by_id = missing
        yield '  </ol>\n'
    else:
        pass
        yield '<p>无 None.</p>'
    yield '</section>\n'

blocks = {'report': block_report, 'title': block_title, 'heading': block_heading, 'subtitle': block_subtitle, 'nav': block_nav, 'keys': block_keys, 'content': block_content}
debug_info = '1=13&2=16&3=27&4=49&5=67&7=98&8=108&9=120&10=132&11=150&12=160&13=170&17=200&18=205&20=213&22=215&27=219&30=222&32=243&33=248&34=256&44=264&50=274&51=289&56=294&57=304&58=310&59=318&60=324&61=333&62=337&69=350&71=353&78=371&80=375&81=381&82=383&83=390&84=399'
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'alignment.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'alignment.html')
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
    yield 'alignment'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_local = resolve('local')
    pass
    yield '对齐 Alignment · '
    yield escape((environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'title') or environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'source')))

def block_heading(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_national = resolve('national')
    l_0_local = resolve('local')
    pass
    yield '对齐报告 Alignment：'
    yield escape(((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'doc_number') or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'title')) or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'source')))
    yield ' → '
    yield escape(((environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'doc_number') or environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'title')) or environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'source')))

def block_subtitle(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_national = resolve('national')
    l_0_local = resolve('local')
    pass
    yield '国家 national: '
    yield escape((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'title') or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'source')))
    yield ' · 地方 local: '
    yield escape((environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'title') or environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'source')))

def block_nav(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<a href="#summary">摘要 summary</a><a href="#overview">总览图 overview</a><a href="#pairs">逐条对照 paired view</a><a href="#subs">替换 substitutions</a><a href="#agencies">部门 agencies</a>'

def block_keys(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<kbd>j</kbd>/<kbd>k</kbd> 下一行/上一行 next/previous row · <kbd>Enter</kbd> 打开链接 follow a link'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_warnings = resolve('warnings')
    l_0_summary = resolve('summary')
    l_0_result = resolve('result')
    l_0_picture = resolve('picture')
    l_0_shapes = resolve('shapes')
    l_0_kinds = resolve('kinds')
    l_0_count = resolve('count')
    l_0_national = resolve('national')
    l_0_local = resolve('local')
    l_0_paired = resolve('paired')
    l_0_substitutions = resolve('substitutions')
    l_0_agencies = resolve('agencies')
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '<section class="card" id="summary">\n  <h2>摘要 Summary</h2>\n'
    if (undefined(name='warnings') if l_0_warnings is missing else l_0_warnings):
        pass
        yield '  <div class="warning" role="note" id="partial">\n    <b>⚠ 注意：国家文本可能不完整 · Note: the national text looks incomplete</b>\n    <ul>'
        for l_1_w in (undefined(name='warnings') if l_0_warnings is missing else l_0_warnings):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_w)
            yield '</li>'
        l_1_w = missing
        yield '</ul>\n    因此下文的“新增 new”可能是本国家文本缺失的部分，而非地方自创。So “new” below may mean “not in this national copy”, not “invented locally”.\n  </div>\n'
    yield '  <div class="figures">\n'
    for l_1_key in ['inherited', 'localized', 'new']:
        l_1_labels = resolve('labels')
        _loop_vars = {}
        pass
        yield '    <div class="figure '
        yield escape(l_1_key)
        yield '"><b>'
        yield escape(environment.getitem(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'labels'), l_1_key))
        yield '</b><span>'
        yield escape(environment.getitem((undefined(name='labels') if l_1_labels is missing else l_1_labels), l_1_key))
        yield ' · 地方文本 local text '
        yield escape(t_1('%.0f', (environment.getitem(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'shares'), l_1_key) * 100)))
        yield '%</span></div>\n'
    l_1_key = l_1_labels = missing
    yield '    <div class="figure"><b>'
    yield escape(t_1('%.0f', (environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'national_coverage') * 100)))
    yield '%</b><span>国家文本覆盖 national coverage ('
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'statuses'), 'implemented'))
    yield ' 已落实 implemented / '
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'statuses'), 'dropped'))
    yield ' 未采纳 dropped)</span></div>\n    <div class="figure"><b>'
    yield escape(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'passages'))
    yield '</b><span>共享段落 shared passages ('
    yield escape(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'shared_chars'))
    yield ' 字 chars)</span></div>\n  </div>\n  <p class="muted">继承 inherited：本条大部分为国家文本（覆盖率 coverage ≥ '
    yield escape(environment.getattr(environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'thresholds'), 'inherited'))
    yield '）；调整 localized：有国家对应条款，文本经过改写（综合得分 score ≥ '
    yield escape(environment.getattr(environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'thresholds'), 'match'))
    yield '）；新增 new：无对应条款。</p>\n  <p class="legend" id="legend">图例 legend: <span class="text"><mark class="shared">共享文本 shared</mark> <ins>地方插入 inserted</ins> <del>国家删去 deleted</del> <span class="note">部门分工 agency note</span> <span class="sample-here">定位 located</span> <span class="sample-hit">搜索结果 search hit</span></span></p>\n  <p class="muted legend">插入加下划线、删去加删除线、定位加边框、搜索结果反白，黑白打印也能分辨。Insertions are underlined, deletions struck through, the located spot outlined and search hits inverted, so all survive black-and-white printing.</p>\n</section>\n<section class="card" id="overview">\n  <h2>总览图 Overview: 国家各部分 → 地方各部分 national parts → local parts</h2>\n  <p class="muted">每根竖条是一节，高度为其文字长度；色带连接国家条款与落实它的地方条款。斜线：国家未采纳；点：地方新增。点击竖条或色带跳到对照行。Each bar is a section, as tall as its text; a band joins a national provision to the local provision beside it. Hatched: dropped nationally; dotted: new locally. Click a bar or band to go to its row.</p>\n  <div class="picture">\n  <svg viewBox="0 0 '
    yield escape(environment.getattr((undefined(name='picture') if l_0_picture is missing else l_0_picture), 'width'))
    yield ' '
    yield escape(environment.getattr((undefined(name='picture') if l_0_picture is missing else l_0_picture), 'height'))
    yield '" role="img" aria-labelledby="overview-title" class="overview">\n    <title id="overview-title">国家 '
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'statuses'), 'implemented'))
    yield ' 条已落实、'
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'statuses'), 'dropped'))
    yield ' 条未采纳；地方 '
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'labels'), 'inherited'))
    yield ' 继承、'
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'labels'), 'localized'))
    yield ' 调整、'
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'labels'), 'new'))
    yield ' 新增 · national '
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'statuses'), 'implemented'))
    yield ' implemented, '
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'statuses'), 'dropped'))
    yield ' dropped; local '
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'labels'), 'inherited'))
    yield ' inherited, '
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'labels'), 'localized'))
    yield ' localized, '
    yield escape(environment.getattr(environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'labels'), 'new'))
    yield ' new</title>\n    <defs>\n      <pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" class="pattern-bg"/><line x1="0" y1="0" x2="0" y2="5" class="pattern-line"/></pattern>\n      <pattern id="dots" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" class="pattern-bg"/><circle cx="2" cy="2" r="1" class="pattern-dot"/></pattern>\n    </defs>\n'
    yield escape((undefined(name='shapes') if l_0_shapes is missing else l_0_shapes))
    yield '  </svg>\n  </div>\n</section>\n<section class="card" id="pairs">\n  <h2>逐条对照 Paired comparison: 每条国家条款与落实它的地方条款 each national provision beside the local provisions that implement it</h2>\n  <fieldset class="filters" data-filter="kind" data-items="#pairs .pair" data-label="行 rows">\n    <legend>显示 show</legend>\n'
    for l_1_key in (undefined(name='kinds') if l_0_kinds is missing else l_0_kinds):
        l_1_kind_names = resolve('kind_names')
        l_1_kind_counts = resolve('kind_counts')
        _loop_vars = {}
        pass
        yield '<label class="'
        yield escape(l_1_key)
        yield '"><input type="checkbox" value="'
        yield escape(l_1_key)
        yield '" checked> '
        yield escape(environment.getitem((undefined(name='kind_names') if l_1_kind_names is missing else l_1_kind_names), l_1_key))
        yield ' ('
        yield escape(environment.getitem((undefined(name='kind_counts') if l_1_kind_counts is missing else l_1_kind_counts), l_1_key))
        yield ')</label>\n'
    l_1_key = l_1_kind_names = l_1_kind_counts = missing
    yield '<span class="muted">可见 visible <output>'
    yield escape((undefined(name='count') if l_0_count is missing else l_0_count))
    yield ' / '
    yield escape((undefined(name='count') if l_0_count is missing else l_0_count))
    yield '</output></span>\n  </fieldset>\n  <p class="downloads noprint">下载 download: <button type="button" data-download="pairs" data-format="csv">条款对照 section pairs CSV</button> <button type="button" data-download="pairs" data-format="json">JSON</button></p>\n  <div class="side-toggle noprint" role="group" aria-label="显示哪一方 which text to show">\n    <button type="button" data-show="national" aria-pressed="false">国家 national</button><button type="button" data-show="local" aria-pressed="true">地方 local</button>\n  </div>\n  <div class="pair pair-head" aria-hidden="true"><div class="cell national" data-side="national">国家 National · '
    yield escape(((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'doc_number') or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'title')) or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'source')))
    yield '</div><div class="cell local" data-side="local">地方 Local · '
    yield escape(((environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'doc_number') or environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'title')) or environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'source')))
    yield '</div></div>\n'
    yield escape((undefined(name='paired') if l_0_paired is missing else l_0_paired))
    yield '</section>\n<section class="card" id="subs">\n  <h2>替换表 Substitutions: 国家用词 → 地方用词 national wording → local wording</h2>\n  <p class="muted">按整词计（结巴分词），略去“的”“等”一类虚词的增删。Whole words (jieba\'s word boundaries); trivial changes such as a dropped 的 are left out.</p>\n  <p class="downloads noprint">下载 download: <button type="button" data-download="substitutions" data-format="csv">替换 substitutions CSV</button> <button type="button" data-download="substitutions" data-format="json">JSON</button></p>\n'
    if (undefined(name='substitutions') if l_0_substitutions is missing else l_0_substitutions):
        pass
        yield '  <table class="subs"><thead><tr><th>国家 national</th><th>地方 local</th><th>次数 count</th><th>出处 where（国家 national → 地方 local）</th></tr></thead><tbody>\n'
        for l_1_x in (undefined(name='substitutions') if l_0_substitutions is missing else l_0_substitutions):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            if environment.getattr(l_1_x, 'national'):
                pass
                yield '<del>'
                yield escape(environment.getattr(l_1_x, 'national'))
                yield '</del>'
            else:
                pass
                yield '∅'
            yield '</td><td>'
            if environment.getattr(l_1_x, 'local'):
                pass
                yield '<ins>'
                yield escape(environment.getattr(l_1_x, 'local'))
                yield '</ins>'
            else:
                pass
                yield '∅'
            yield '</td><td>'
            yield escape(environment.getattr(l_1_x, 'count'))
            yield '</td>\n  <td>'
            for l_2_p in environment.getattr(l_1_x, 'places'):
                l_2_national_id = resolve('national_id')
                l_2_ord = resolve('ord')
                l_2_local_id = resolve('local_id')
                _loop_vars = {}
                pass
                yield '<div class="ctx text">…'
                yield escape(environment.getitem(environment.getattr(l_2_p, 'national_context'), 0))
                yield '<del>'
                yield escape(environment.getitem(environment.getattr(l_2_p, 'national_context'), 1))
                yield '</del>'
                yield escape(environment.getitem(environment.getattr(l_2_p, 'national_context'), 2))
                yield '… → …'
                yield escape(environment.getitem(environment.getattr(l_2_p, 'local_context'), 0))
                yield '<ins>'
                yield escape(environment.getitem(environment.getattr(l_2_p, 'local_context'), 1))
                yield '</ins>'
                yield escape(environment.getitem(environment.getattr(l_2_p, 'local_context'), 2))
                yield '… '
                if environment.getattr(l_2_p, 'national'):
                    pass
                    yield '<a href="#'
                    yield escape(context.call((undefined(name='national_id') if l_2_national_id is missing else l_2_national_id), environment.getattr(l_2_p, 'national'), _loop_vars=_loop_vars))
                    yield '">国家 '
                    yield escape(context.call((undefined(name='ord') if l_2_ord is missing else l_2_ord), environment.getattr(l_2_p, 'national'), _loop_vars=_loop_vars))
                    yield '</a>'
                yield ' '
                if environment.getattr(l_2_p, 'local'):
                    pass
                    yield '<a href="#'
                    yield escape(context.call((undefined(name='local_id') if l_2_local_id is missing else l_2_local_id), environment.getattr(l_2_p, 'local'), _loop_vars=_loop_vars))
                    yield '">地方 '
                    yield escape(context.call((undefined(name='ord') if l_2_ord is missing else l_2_ord), environment.getattr(l_2_p, 'local'), _loop_vars=_loop_vars))
                    yield '</a>'
                yield '</div>'
            l_2_p = l_2_national_id = l_2_ord = l_2_local_id = missing
            yield '</td></tr>\n'
        l_1_x = missing
        yield '  </tbody></table>\n'
    else:
        pass
        yield '<p class="muted">共享段落内没有改动 no edits inside shared passages.</p>'
    yield '</section>\n<section class="card" id="agencies">\n  <h2>部门对照 Agencies: 国家部门 → 地方部门 national bodies → local bodies</h2>\n'
    if environment.getattr((undefined(name='agencies') if l_0_agencies is missing else l_0_agencies), 'pairs'):
        pass
        yield '  <table><thead><tr><th>国家 national</th><th>地方 local</th><th>对应条款 in matched sections（地方 local ← 国家 national）</th></tr></thead><tbody>\n'
        l_1_loop = missing
        for l_1_a, l_1_loop in LoopContext(environment.getattr((undefined(name='agencies') if l_0_agencies is missing else l_0_agencies), 'pairs'), undefined):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.getattr(l_1_a, 'national'))
            yield '</td><td>'
            yield escape(environment.getattr(l_1_a, 'local'))
            yield '</td><td>'
            l_2_loop = missing
            for (l_2_lo, l_2_na), l_2_loop in LoopContext(environment.getattr(l_1_a, 'sections'), undefined):
                l_2_local_id = resolve('local_id')
                l_2_ord = resolve('ord')
                l_2_national_id = resolve('national_id')
                _loop_vars = {}
                pass
                yield '<a href="#'
                yield escape(context.call((undefined(name='local_id') if l_2_local_id is missing else l_2_local_id), l_2_lo, _loop_vars=_loop_vars))
                yield '">'
                yield escape(context.call((undefined(name='ord') if l_2_ord is missing else l_2_ord), l_2_lo, _loop_vars=_loop_vars))
                yield '</a> ← <a href="#'
                yield escape(context.call((undefined(name='national_id') if l_2_national_id is missing else l_2_national_id), l_2_na, _loop_vars=_loop_vars))
                yield '">'
                yield escape(context.call((undefined(name='ord') if l_2_ord is missing else l_2_ord), l_2_na, _loop_vars=_loop_vars))
                yield '</a>'
                if (not environment.getattr(l_2_loop, 'last')):
                    pass
                    yield '；'
            l_2_loop = l_2_lo = l_2_na = l_2_local_id = l_2_ord = l_2_national_id = missing
            yield '</td></tr>\n'
        l_1_loop = l_1_a = missing
        yield '  </tbody></table>\n'
    else:
        pass
        yield '<p class="muted">对应条款中没有可配对的部门 no bodies pair up in matched sections.</p>'
    if environment.getattr((undefined(name='agencies') if l_0_agencies is missing else l_0_agencies), 'national_only'):
        pass
        yield '<p>仅见于国家条款 named only nationally：'
        yield escape(t_2(context.eval_ctx, environment.getattr((undefined(name='agencies') if l_0_agencies is missing else l_0_agencies), 'national_only'), '、'))
        yield '</p>'
    if environment.getattr((undefined(name='agencies') if l_0_agencies is missing else l_0_agencies), 'local_only'):
        pass
        yield '<p>仅见于地方条款 named only locally：'
        yield escape(t_2(context.eval_ctx, environment.getattr((undefined(name='agencies') if l_0_agencies is missing else l_0_agencies), 'local_only'), '、'))
        yield '</p>'
    yield '</section>\n'

blocks = {'report': block_report, 'title': block_title, 'heading': block_heading, 'subtitle': block_subtitle, 'nav': block_nav, 'keys': block_keys, 'content': block_content}
debug_info = '1=12&2=17&3=27&4=39&5=54&6=69&7=79&8=89&11=122&14=125&19=134&20=139&22=149&23=155&25=159&33=163&34=167&39=187&46=189&47=205&53=209&54=213&59=215&61=218&62=242&69=285&71=289&75=323&76=328'
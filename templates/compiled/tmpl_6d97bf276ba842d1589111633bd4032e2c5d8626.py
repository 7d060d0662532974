from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'collation_summary.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_ids = resolve('ids')
    l_0_title = resolve('title')
    l_0_ui = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('_summary.html', 'collation_summary.html')._get_default_module(context)
    context.exported_vars.discard('ui')
    def macro():
        t_2 = []
        l_1_warnings = resolve('warnings')
        l_1_more = resolve('more')
        pass
        def macro():
            t_3 = []
            l_2_collation = resolve('collation')
            l_2_summary = resolve('summary')
            pass
            t_3.extend((
                'base ',
                escape(environment.getattr((undefined(name='collation') if l_2_collation is missing else l_2_collation), 'base')),
            ))
            for (l_3_cat, l_3_n) in context.call(environment.getattr((undefined(name='summary') if l_2_summary is missing else l_2_summary), 'items')):
                _loop_vars = {}
                pass
                t_3.extend((
                    ' · ',
                    escape(l_3_n),
                    ' ',
                    escape(l_3_cat),
                ))
            l_3_cat = l_3_n = missing
            return concat(t_3)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_2.append(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'facts'), caller=caller))
        for l_2_warning in (undefined(name='warnings') if l_1_warnings is missing else l_1_warnings):
            _loop_vars = {}
            pass
            def macro():
                t_4 = []
                pass
                t_4.extend((
                    'warning: ',
                    escape(l_2_warning),
                ))
                return concat(t_4)
            caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
            t_2.append(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'facts'), caller=caller, _loop_vars=_loop_vars))
        l_2_warning = missing
        def macro():
            t_5 = []
            l_2_variants = resolve('variants')
            pass
            for l_3_row in (undefined(name='variants') if l_2_variants is missing else l_2_variants):
                l_3_categories = resolve('categories')
                _loop_vars = {}
                pass
                t_5.extend((
                    '<tr data-category="',
                    escape(environment.getattr(environment.getattr(l_3_row, 'v'), 'category')),
                    '"><td>',
                    escape(environment.getattr(environment.getattr(l_3_row, 'v'), 'id')),
                    '</td><td>',
                    escape(environment.getitem((undefined(name='categories') if l_3_categories is missing else l_3_categories), environment.getattr(environment.getattr(l_3_row, 'v'), 'category'))),
                    '</td><td>',
                    escape(environment.getattr(l_3_row, 'section')),
                    '</td>',
                ))
                for l_4_r in environment.getattr(l_3_row, 'readings'):
                    _loop_vars = {}
                    pass
                    t_5.append(
                        '<td>',
                    )
                    if environment.getattr(l_4_r, 'text'):
                        pass
                        t_5.append(
                            escape(environment.getattr(l_4_r, 'shown')[:30]),
                        )
                    else:
                        pass
                        t_5.append(
                            '—',
                        )
                    t_5.append(
                        '</td>',
                    )
                l_4_r = missing
                t_5.extend((
                    '<td>',
                    escape((environment.getattr(environment.getattr(l_3_row, 'v'), 'preferred') or 'undecided')),
                    '</td></tr>\n',
                ))
            l_3_row = l_3_categories = missing
            return concat(t_5)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_2.append(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'table'), ((['id', 'category', 'section'] + (undefined(name='ids') if l_0_ids is missing else l_0_ids)) + ['preferred']), caller=caller))
        t_2.extend((
            escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'more'), (undefined(name='more') if l_1_more is missing else l_1_more), 'variants (formatting ones not counted)')),
            '\n',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'box'), markup_join(('校勘 Collation of ', t_1(context.eval_ctx, (undefined(name='ids') if l_0_ids is missing else l_0_ids), ', '), (markup_join((': ', (undefined(name='title') if l_0_title is missing else l_0_title), )) if (undefined(name='title') if l_0_title is missing else l_0_title) else ''), )), caller=caller)

blocks = {}
debug_info = '1=20&2=22&3=27&4=49&5=63&6=67&5=110&9=112&2=117'
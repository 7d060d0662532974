from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'alignment_summary.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_national = resolve('national')
    l_0_local = resolve('local')
    l_0_ui = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('_summary.html', 'alignment_summary.html')._get_default_module(context)
    context.exported_vars.discard('ui')
    def macro():
        t_2 = []
        l_1_more = resolve('more')
        pass
        def macro():
            t_3 = []
            l_2_labels = resolve('labels')
            l_2_summary = resolve('summary')
            pass
            for l_3_key in ['inherited', 'localized', 'new']:
                _loop_vars = {}
                pass
                t_3.extend((
                    escape(environment.getitem((undefined(name='labels') if l_2_labels is missing else l_2_labels), l_3_key)),
                    ' ',
                    escape(environment.getitem(environment.getattr((undefined(name='summary') if l_2_summary is missing else l_2_summary), 'labels'), l_3_key)),
                    ' · ',
                ))
            l_3_key = missing
            t_3.extend((
                escape(environment.getattr((undefined(name='labels') if l_2_labels is missing else l_2_labels), 'dropped')),
                ' ',
                escape(environment.getattr(environment.getattr((undefined(name='summary') if l_2_summary is missing else l_2_summary), 'statuses'), 'dropped')),
                ' · national coverage ',
                escape(t_1('%.0f', (environment.getattr((undefined(name='summary') if l_2_summary is missing else l_2_summary), 'national_coverage') * 100))),
                '% · ',
                escape(environment.getattr((undefined(name='summary') if l_2_summary is missing else l_2_summary), 'passages')),
                ' shared passages',
            ))
            return concat(t_3)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_2.append(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'facts'), caller=caller))
        def macro():
            t_4 = []
            l_2_rows = resolve('rows')
            pass
            for l_3_s in (undefined(name='rows') if l_2_rows is missing else l_2_rows):
                l_3_ord = resolve('ord')
                l_3_labels = resolve('labels')
                _loop_vars = {}
                pass
                t_4.extend((
                    '<tr data-label="',
                    escape(environment.getattr(l_3_s, 'label')),
                    '"><td>',
                    escape(context.call((undefined(name='ord') if l_3_ord is missing else l_3_ord), environment.getattr(l_3_s, 'ordinal'), _loop_vars=_loop_vars)),
                    '</td><td>',
                    escape((environment.getattr(l_3_s, 'heading') or '(preamble)')),
                    '</td><td>',
                    escape(environment.getitem((undefined(name='labels') if l_3_labels is missing else l_3_labels), environment.getattr(l_3_s, 'label'))),
                    '</td><td>',
                    escape(t_1('%.2f', environment.getattr(l_3_s, 'coverage'))),
                    '</td><td>',
                ))
                if environment.getattr(l_3_s, 'matches'):
                    pass
                    t_4.extend((
                        escape(context.call((undefined(name='ord') if l_3_ord is missing else l_3_ord), environment.getattr(environment.getitem(environment.getattr(l_3_s, 'matches'), 0), 'ordinal'), _loop_vars=_loop_vars)),
                        ' ',
                        escape((environment.getattr(environment.getitem(environment.getattr(l_3_s, 'matches'), 0), 'heading') or '')),
                    ))
                t_4.append(
                    '</td><td>',
                )
                if environment.getattr(l_3_s, 'matches'):
                    pass
                    t_4.append(
                        escape(t_1('%.2f', environment.getattr(environment.getitem(environment.getattr(l_3_s, 'matches'), 0), 'score'))),
                    )
                t_4.append(
                    '</td></tr>\n',
                )
            l_3_s = l_3_ord = l_3_labels = missing
            return concat(t_4)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_2.append(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'table'), ['local', 'heading', 'label', 'coverage', 'best match', 'score'], caller=caller))
        t_2.extend((
            escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'more'), (undefined(name='more') if l_1_more is missing else l_1_more), 'local sections')),
            '\n',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'box'), markup_join(('对齐摘要 Alignment: ', ((environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'doc_number') or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'title')) or environment.getattr((undefined(name='national') if l_0_national is missing else l_0_national), 'source')), ' → ', ((environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'doc_number') or environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'title')) or environment.getattr((undefined(name='local') if l_0_local is missing else l_0_local), 'source')), )), caller=caller)

blocks = {}
debug_info = '1=20&2=22&3=26&4=54&5=58&4=97&8=99&2=104'
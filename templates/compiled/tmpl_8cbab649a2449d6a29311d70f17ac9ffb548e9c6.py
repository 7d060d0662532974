from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'outline_summary.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    l_0_ui = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('_summary.html', 'outline_summary.html')._get_default_module(context)
    context.exported_vars.discard('ui')
    def macro():
        t_4 = []
        l_1_rows = resolve('rows')
        pass
        def macro():
            t_5 = []
            pass
            def t_6(fiter):
                for l_3_fact in fiter:
                    if l_3_fact:
                        yield l_3_fact
            for l_3_fact in t_6([environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'doc'), 'doc_number'), environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'doc'), 'issuer'), environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'doc'), 'date')]):
                _loop_vars = {}
                pass
                t_5.extend((
                    escape(l_3_fact),
                    ' · ',
                ))
            l_3_fact = missing
            t_5.extend((
                escape(t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'sections'))),
                ' sections · ',
                escape(t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'anomalies'))),
                ' anomalies',
            ))
            return concat(t_5)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_4.append(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'facts'), caller=caller))
        def macro():
            t_7 = []
            pass
            for l_3_row in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'sections')[:(undefined(name='rows') if l_1_rows is missing else l_1_rows)]:
                _loop_vars = {}
                pass
                t_7.extend((
                    '<tr><td>',
                    escape(t_1(context.eval_ctx, environment.getattr(environment.getattr(l_3_row, 'section'), 'ordinal'), '/')),
                    '</td><td>',
                    escape(environment.getattr(environment.getattr(l_3_row, 'section'), 'label')),
                    '</td><td>',
                    escape((environment.getattr(environment.getattr(l_3_row, 'section'), 'heading') or '')),
                ))
                if (not environment.getattr(environment.getattr(l_3_row, 'section'), 'heading_certain')):
                    pass
                    t_7.append(
                        ' (?)',
                    )
                t_7.extend((
                    '</td><td>',
                    escape(t_1(context.eval_ctx, environment.getattr(environment.getattr(l_3_row, 'section'), 'lead'), '、')),
                    '</td><td>',
                    escape(t_3(environment, t_1(context.eval_ctx, environment.getattr(environment.getattr(l_3_row, 'section'), 'responsible'), '、'), 30, True, '…')),
                    '</td></tr>\n',
                ))
            l_3_row = missing
            return concat(t_7)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_4.append(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'table'), ['ordinal', 'label', 'heading', 'lead', 'responsible'], caller=caller))
        t_4.extend((
            escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'more'), (t_2(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'sections')) - (undefined(name='rows') if l_1_rows is missing else l_1_rows)), 'sections')),
            '\n',
        ))
        return concat(t_4)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'box'), (environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'doc'), 'title') or '（无标题 untitled）'), caller=caller)

blocks = {}
debug_info = '1=31&2=33&3=37&4=61&5=64&4=90&8=92&2=97'
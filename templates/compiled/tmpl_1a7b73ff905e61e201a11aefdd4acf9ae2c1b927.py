from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'corpus_summary.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_result = resolve('result')
    l_0_ui = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('_summary.html', 'corpus_summary.html')._get_default_module(context)
    context.exported_vars.discard('ui')
    def macro():
        t_2 = []
        l_1_rows = resolve('rows')
        pass
        def macro():
            t_3 = []
            l_2_summary = resolve('summary')
            pass
            for l_3_role in ['implements', 'copy', 'unrelated', 'unreadable']:
                l_3_roles = resolve('roles')
                _loop_vars = {}
                pass
                t_3.extend((
                    escape(environment.getitem((undefined(name='roles') if l_3_roles is missing else l_3_roles), l_3_role)),
                    ' ',
                    escape(environment.getitem(environment.getattr((undefined(name='summary') if l_2_summary is missing else l_2_summary), 'roles'), l_3_role)),
                    ' · ',
                ))
            l_3_role = l_3_roles = missing
            t_3.extend((
                escape(environment.getattr((undefined(name='summary') if l_2_summary is missing else l_2_summary), 'horizontal')),
                ' horizontal',
            ))
            return concat(t_3)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_2.append(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'facts'), caller=caller))
        def macro():
            t_4 = []
            pass
            for l_3_r in (undefined(name='rows') if l_1_rows is missing else l_1_rows):
                l_3_ord = resolve('ord')
                _loop_vars = {}
                pass
                t_4.extend((
                    '<tr><td>',
                    escape(context.call((undefined(name='ord') if l_3_ord is missing else l_3_ord), environment.getattr(l_3_r, 'ordinal'), _loop_vars=_loop_vars)),
                    '</td><td>',
                    escape((environment.getattr(l_3_r, 'heading') or '(preamble)')),
                    '</td><td>',
                    escape(environment.getattr(l_3_r, 'implemented')),
                    '</td><td>',
                    escape(environment.getattr(l_3_r, 'dropped')),
                    '</td></tr>\n',
                ))
            l_3_r = l_3_ord = missing
            return concat(t_4)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        t_2.append(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'table'), ['national', 'heading', 'implemented', 'dropped'], caller=caller))
        t_2.extend((
            escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'more'), (t_1(environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'adoption')) - t_1((undefined(name='rows') if l_1_rows is missing else l_1_rows))), 'national provisions')),
            '\n',
        ))
        return concat(t_2)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'box'), markup_join(('政策扩散 Corpus: ', ((environment.getattr(environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'national'), 'doc_number') or environment.getattr(environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'national'), 'title')) or environment.getattr(environment.getattr((undefined(name='result') if l_0_result is missing else l_0_result), 'national'), 'source')), )), caller=caller)

blocks = {}
debug_info = '1=19&2=21&3=25&4=47&5=50&4=68&8=70&2=75'
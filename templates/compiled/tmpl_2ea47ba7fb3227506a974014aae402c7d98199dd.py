from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_summary.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_box = l_0_facts = l_0_table = l_0_more = missing
    pass
    def macro(l_1_heading, l_1_caller):
        t_1 = []
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        pass
        t_1.extend((
            '<div class="policydiff-summary" style="font-family: sans-serif; line-height: 1.5">\n<div><strong>',
            escape(l_1_heading),
            '</strong></div>\n',
            escape(context.call(l_1_caller)),
            '</div>',
        ))
        return concat(t_1)
    context.exported_vars.add('box')
    context.vars['box'] = l_0_box = Macro(environment, macro, 'box', ('heading',), False, False, True, context.eval_ctx.autoescape)
    def macro(l_1_caller):
        t_2 = []
        pass
        t_2.extend((
            '<div style="color: #5b6470">',
            escape(context.call(l_1_caller)),
            '</div>',
        ))
        return concat(t_2)
    context.exported_vars.add('facts')
    context.vars['facts'] = l_0_facts = Macro(environment, macro, 'facts', (), False, False, True, context.eval_ctx.autoescape)
    def macro(l_1_head, l_1_caller):
        t_3 = []
        if l_1_head is missing:
            l_1_head = undefined("parameter 'head' was not provided", name='head')
        pass
        t_3.append(
            '<table style="border-collapse: collapse; margin-top: .3rem"><thead><tr>',
        )
        for l_2_h in l_1_head:
            _loop_vars = {}
            pass
            t_3.extend((
                '<th style="text-align: left">',
                escape(l_2_h),
                '</th>',
            ))
        l_2_h = missing
        t_3.extend((
            '</tr></thead>\n<tbody>\n',
            escape(context.call(l_1_caller)),
            '</tbody></table>',
        ))
        return concat(t_3)
    context.exported_vars.add('table')
    context.vars['table'] = l_0_table = Macro(environment, macro, 'table', ('head',), False, False, True, context.eval_ctx.autoescape)
    def macro(l_1_count, l_1_what):
        t_4 = []
        if l_1_count is missing:
            l_1_count = undefined("parameter 'count' was not provided", name='count')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        pass
        if (l_1_count > 0):
            pass
            t_4.extend((
                '<div style="color: #5b6470">… ',
                escape(l_1_count),
                ' more ',
                escape(l_1_what),
                ': <code>.to_html()</code> gives the whole report, <code>.to_frame()</code> a DataFrame.</div>',
            ))
        return concat(t_4)
    context.exported_vars.add('more')
    context.vars['more'] = l_0_more = Macro(environment, macro, 'more', ('count', 'what'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=12&3=19&4=21&5=27&6=38&8=57&9=63'
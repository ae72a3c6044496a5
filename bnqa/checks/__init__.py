"""Python checks for rules that patterns cannot express, one module per family.

A check is ``def check(ctx: CheckContext, rule: Rule) -> Iterable[Hit]`` and is named in
the rule's YAML as ``check: module:function`` (module relative to ``bnqa.checks``)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Subscription
from .targets import canonical


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        max_length=254, error_messages={"invalid": _("请输入有效的电子邮件地址。"), "required": _("请输入电子邮件地址。")}
    )
    kind = forms.ChoiceField(choices=Subscription.KINDS)
    target = forms.CharField(max_length=1000)

    def clean(self):
        data = super().clean()
        kind, target = data.get("kind"), data.pop("target", None)
        followed = canonical(kind, target) if kind and target else None
        if followed is None:
            raise forms.ValidationError(_("无法订阅：本页没有可关注的内容。"))
        data["target"] = followed
        return data

"""Common given names and the gender they usually signal, for reading "he" and "she".

Only a hint: a name missing here is simply of unknown gender, which every
pronoun accepts.
"""

from __future__ import annotations

__all__ = ["given_name_gender"]

_MALE = """
aaron adam adrian alan albert alex alexander alfred andrew andy anthony antonio arthur barack ben benjamin
bernie bill billy bob boris brad brian bruce carl carlos charles charlie chris christopher chuck colin
craig dan daniel danny dave david dennis des dick donald doug douglas duncan ed eddie edward elijah eric
frank fred gary gavin george gerald gerhard glenn gordon graham greg gregory harold harry henry hugh ian
jack jacques jake james jamie jason jeb jeff jeffrey jeremy jerry jim jimmy joe john johnny jon jonathan
jose joseph josh joshua juan justin keith ken kenneth kevin kim larry lee leonard lewis liam luis malcolm
marco mark martin matt matthew menzies michael mike mitch nathan neal neil nicholas nick nigel oliver
patrick paul peter phil philip ralph raymond richard rick rob robert roger ronald ross roy russell ryan
sam samuel scott sean sergei simon stephen steve steven stuart ted terry thomas tim timothy todd tom
tommy tony vincent vladimir walter wayne william xi
"""
_FEMALE = """
alice alicia amanda amy andrea angela ann anna anne barbara betty beth carol caroline catherine cathy
charlotte chelsea christina christine claire clare deborah diane donna dorothy elizabeth ellen emily
emma frances gillian hannah harriet heather helen hillary jacqueline jane janet jean jennifer jessica
jill joan joanna judith judy julia julie karen kate katherine kathleen kathy kelly kerryn laura lauren
letitia linda lisa liz lori louise lucy margaret maria marie mary megan melania melanie melissa michelle
nancy natalie nicola nicole olivia pamela pat patricia patty paula priscilla rachel rebecca ruth sally
samantha sandra sarah sharon shirley sophie stephanie sue susan tessa theresa tracey valerie victoria
wendy yvette
"""
_GENDER = {**{name: "m" for name in _MALE.split()}, **{name: "f" for name in _FEMALE.split()}}


def given_name_gender(name: str) -> str:
    """'m', 'f' or '' for a given name."""
    return _GENDER.get(name.lower().rstrip("."), "")

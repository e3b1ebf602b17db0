"""«سید» or «سیده» run into a given name: which of the two is read off never hangs on the order
a set is walked in (a hash seed's), the listed given name decides."""

from khabar.extract import lexicons as lx
from khabar.extract.namewords import without_sayyid


def test_the_listed_given_name_decides_between_sayyid_and_sayyida():
    assert without_sayyid(lx.key("سیدهادی")) == lx.key("هادی")  # not «ادی»
    assert without_sayyid(lx.key("سیدهزهرا")) == lx.key("زهرا")  # not «هزهرا»
    assert without_sayyid(lx.key("سیدحسین")) == lx.key("حسین")


def test_a_key_no_sayyid_opens_is_itself():
    assert without_sayyid(lx.key("محمد")) == lx.key("محمد")
    assert without_sayyid(lx.key("سعید")) == lx.key("سعید")

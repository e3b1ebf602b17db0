"""A post that names a party to a case right before a name is an unnamed other's, who acts for
that party: «وکیل متهم داریوش امان‌کی‌یکانی» is the accused's lawyer, the name the accused's
(``posts._for_a_named_party``). Sentences from the shared news (roozno)."""

from khabar.extract import extract_text


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_the_accuseds_lawyer_is_not_the_accused():
    # roozno_data_202: the lawyer of the accused امان‌کی‌یکانی is not named
    text = (
        "در دومین جلسه دادگاه، متهمان «داریوش امان‌کی‌یکانی» و «مرتضی فتحی» و وکیل‌مدافع آن‌ها "
        "به ارائه دفاعیات خود پرداختند.\n"
        "قهرمانی، نماینده دادستان، در این جلسه اظهار کرد: در جلسه قبل وکیل متهم داریوش "
        "امان‌کی‌یکانی گفت: نماینده دادستان از اجرای عدالت خوشحال نمی‌شود.\n"
        "وی افزود: وکیل متهم امان‌کی گفته است بنده موکلش را تحقیر کرده‌ام."
    )
    posts = _posts(text)
    assert posts["داریوش امان‌کی‌یکانی"] == []
    assert not any("وکیل" in post for held in posts.values() for post in held)


def test_a_lawyer_named_after_the_post_still_holds_it():
    # the same post before the lawyer's own name, past a comma, is still the lawyer's
    text = "محمود علیزاده طباطبایی، وکیل متهم، در این جلسه گفت: موکل من بی‌گناه است."
    assert _posts(text)["محمود علیزاده طباطبایی"] == ["وکیل متهم"]

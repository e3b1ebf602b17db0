"""A head of state's post complete in itself («رئیس جمهور», «نخست‌وزیر») ends before a common
noun that opens its clause's object, «را» ahead (``title_objects``); a country, a body or a
standing after it still goes on with it."""

from khabar.extract import extract_text


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text("عنوان\n" + text + "\n").persons}


def test_the_object_after_the_president_is_no_part_of_his_post():
    # fars-3_291 (the sixth posts sample): «رئیس جمهور» the subject, «سیاست اصولی کاراکاس ...»
    # the object of «را خاطرنشان ساخت»
    text = (
        "خبرگزاري فارس: سيدمحمد خاتمي رئيس جمهوري در ديدار خسوس پرز وزير امور خارجه ونزوئلا "
        "ابراز اميدواري كرد برخي كشورهاي قدرتمند به خود آيند.\n"
        "خاتمي با بيان اين كه ملت ونزوئلا مي خواهد بر سرنوشت خويش حاكم باشد، اظهار اميدواري كرد "
        "آقاي چاوز با اين پيروزي تلاش بيشتري براي خدمت به ملت خود بكار بندد.\n"
        "رئيس جمهور سياست اصولي كاراكاس در زمينه تحكيم روابط كشورهاي عضو اوپك را خاطرنشان ساخت "
        "و گفت: درحال حاضر مناسبات اعضا اوپك از هميشه مستحكم تر است."
    )
    posts = [post for held in _posts(text).values() for post in held]
    assert not any("سياست" in post or "سیاست" in post for post in posts), posts
    assert any(post.replace("\u200c", " ") in ("رئيس جمهوري", "رئیس جمهوری") for post in posts)

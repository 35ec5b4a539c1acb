//! The Latin letters an id is made of, for names and titles in Cyrillic.
//!
//! One standard, so ids read as the person's name is spelled in Latin: the
//! Russian passport transliteration of 1997–2010 (Й y, Ю yu, Я ya, Х kh,
//! Ц ts, Ы y, Ё e; ь and ъ dropped: Гульнара is `gulnara`, Йонас `yonas`,
//! Юрий `yuriy`), with the letters of Kazakh, Kyrgyz, Tajik, Ukrainian and
//! Belarusian written as those countries' Latin spellings of names most
//! often do (ә a, ғ g, қ k, ң ng, ө o, ү u, ұ u, һ h, і i, ҳ h, ҷ j, є ye,
//! ї yi, ў u). Any other script goes through `deunicode`. Only new ids are
//! made this way; ids already in a file stay as they are.

/// `text` in lower-case Latin letters (and whatever else `deunicode`
/// makes of signs and punctuation) for an id.
pub fn id_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        match cyrillic(lower) {
            Some(latin) => out.push_str(latin),
            None if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            None => out.push_str(&deunicode::deunicode_char(c).unwrap_or("").to_lowercase()),
        }
    }
    out
}

/// A lower-case Cyrillic letter's Latin spelling; `None` for any other char.
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'ӣ' => "i",
        'й' | 'ы' => "y",
        'к' | 'қ' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ү' | 'ұ' | 'ӯ' | 'ў' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        'ә' => "a",
        'ғ' | 'ґ' => "g",
        'ң' => "ng",
        'һ' | 'ҳ' => "h",
        'ҷ' => "j",
        'є' => "ye",
        'ї' => "yi",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_signs_go_and_short_i_is_y() {
        assert_eq!(id_latin("Гульнара"), "gulnara");
        assert_eq!(id_latin("Йонас Берг"), "yonas berg");
        assert_eq!(id_latin("Юрий Ильич Жуков"), "yuriy ilich zhukov");
        assert_eq!(id_latin("Объезд"), "obezd");
        assert_eq!(id_latin("Щукина Яна Фёдоровна"), "shchukina yana fedorovna");
        assert_eq!(id_latin("Хасанов Цой"), "khasanov tsoy");
    }

    #[test]
    fn central_asian_letters_and_other_scripts() {
        assert_eq!(id_latin("Кеңешбаева Әсел"), "kengeshbaeva asel");
        assert_eq!(id_latin("Өмүрбек Ұлан"), "omurbek ulan");
        assert_eq!(id_latin("Jaewon Cho"), "jaewon cho");
        assert_eq!(id_latin("Çağlar"), "caglar");
    }
}

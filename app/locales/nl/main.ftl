# Loket: Dutch (the default language). B1: short sentences, everyday words.
# Every key here is also in ../en/main.ftl; a test checks both.

lang-own-name = Nederlands
lang-switch-label = Taal

## Layout
municipality = Gemeente Voorbeeld
layout-skip-link = Ga direct naar de inhoud
layout-nav-label = Hoofdmenu
layout-nav-topics = Alle onderwerpen
layout-nav-help = Hulp en contact
layout-footer-demo = Dit is een demonstratie. Namen, nummers en bedragen zijn voorbeelden.
layout-footer-accessibility = Toegankelijkheid
layout-footer-privacy = Privacy
title-suffix = { $title } - { municipality }
title-error-prefix = Fout: { $title }

## Help block
help-title = Hulp nodig?
help-intro = Lukt het niet online? Wij helpen u graag.
help-callback = Bel mij terug
help-callback-text = Wij bellen u binnen 2 werkdagen.
help-phone = Bel ons op
help-phone-hours = Dat kan op maandag tot en met vrijdag van 8.30 tot 17.00 uur.
help-visit = Afspraak aan de balie
help-visit-text = Kom langs in het Stadhuis of in Wijkpunt Noord, zonder te wachten.

## Shared form parts
summary-empty = Niet ingevuld
summary-change = Wijzigen
error-summary-title = Er is een probleem
error-prefix = Fout:
date-day = Dag
date-month = Maand
date-year = Jaar
button-continue = Doorgaan
button-back = Terug
optional = (optioneel)
yes = Ja
no = Nee

## Dates
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
date-time-at = { $date } om { $time } uur

## Date errors
date-empty = Vul de datum in
date-missing-day = Vul ook de dag in
date-missing-month = Vul ook de maand in
date-missing-year = Vul ook het jaar in
date-missing-day-month = Vul ook de dag en de maand in
date-missing-day-year = Vul ook de dag en het jaar in
date-missing-month-year = Vul ook de maand en het jaar in
date-not-numbers = Vul de datum in met cijfers, zoals 15 3 2027
date-short-year = Vul het jaar in met 4 cijfers, zoals 2027
date-no-such-date = Deze datum bestaat niet. Controleer de dag en de maand

## Field errors
postcode-empty = Vul de postcode in
postcode-shape = Vul een postcode in zoals 1234 AB
postcode-unused = Deze postcode bestaat niet. Vul een postcode in zoals 1234 AB
house-number-empty = Vul het huisnummer in
house-number-digits = Vul het huisnummer in met alleen cijfers, zoals 12
house-number-letter = Vul bij huisnummer alleen de cijfers in. Zet een letter zoals A bij toevoeging
house-number-range = Vul een huisnummer in tussen 1 en 99999
addition-shape = Een toevoeging heeft hoogstens 4 letters of cijfers, zoals A of 2
name-empty = Vul de naam in
name-too-long = Een naam mag hoogstens 100 tekens hebben
name-characters = Een naam mag alleen letters, spaties, punten, streepjes en apostroffen hebben
email-shape = Vul een e-mailadres in zoals naam@voorbeeld.nl
phone-shape = Vul een Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567

## Display switch
display-summary = Weergave aanpassen
display-saved = Uw weergave is opgeslagen.
display-size = Tekstgrootte
display-size-standaard = Standaard
display-size-groot = Groot
display-size-extra-groot = Extra groot
display-contrast = Contrast
display-contrast-standaard = Standaard
display-contrast-hoog = Hoog contrast
display-spacing = Extra ruimte tussen regels en letters
display-spacing-hint = Dat maakt lange teksten voor sommige mensen makkelijker te lezen.
display-calm = Minder beweging
display-calm-hint = Dan bewegen en knipperen er geen dingen op het scherm.
display-save = Opslaan
display-changed = Aangepast:

## Read aloud
read-aloud-label = Voorlezen
read-aloud-start = Lees voor
read-aloud-pause = Pauze
read-aloud-resume = Verder
read-aloud-stop = Stop

## Home
home-title = Regel het online
home-lead = Hier regelt u zaken met de gemeente. Dat kan op elk moment van de dag.

## Error pages
error-404-title = Deze pagina bestaat niet
error-404-text = Misschien is het adres verkeerd getypt. Of de pagina is weggehaald.
error-405-title = Dit kan hier niet
error-405-text = Deze pagina kan deze vraag niet verwerken. Ga terug en probeer het opnieuw.
error-413-title = Dit is te veel tekst
error-413-text = U stuurde meer tekst dan wij kunnen verwerken. Ga terug en maak uw antwoord korter.
error-403-title = Dit formulier kwam niet van deze website
error-403-text = Wij hebben het daarom niet verwerkt. Ga naar de startpagina en probeer het opnieuw.
error-429-title = U heeft het te vaak geprobeerd
error-429-text = Er is te vaak een verkeerde code of link gebruikt. Dat is niet veilig. Probeer het over een kwartier opnieuw. Of bel ons, dan helpen wij u verder.
error-400-title = Dit konden wij niet lezen
error-400-text = Er ging iets mis met wat u stuurde. Ga terug en probeer het opnieuw.
error-500-title = Er ging iets mis bij ons
error-500-text = Uw gegevens zijn niet kwijt. Probeer het over een paar minuten opnieuw.
error-home-link = Naar de startpagina

## Shared page parts
step-of = Stap { $number } van { $total }
start-what-you-need = Wat heeft u nodig?
start-kept = Wij bewaren uw antwoorden 24 uur na uw laatste antwoord. Daarna begint u opnieuw.
start-now = Start nu
start-rather-together = Liever met iemand samen?
start-together-text = Bel ons of kom langs. Hoe dat kan, staat onder
check-title = Controleer uw antwoorden
check-send-now = Nu versturen
check-declaration = Als u dit verstuurt, zegt u dat uw antwoorden kloppen.
check-missing = Er ontbreekt nog een antwoord.
check-continue-questions = Ga verder met de vragen
sent-title = Verstuurd
reference-is = Uw referentienummer is
what-happens-now = Wat gebeurt er nu?
copy-heading = Kopie van uw gegevens
copy-received = Wij hebben dit ontvangen op { $at }.
copy-below = Hieronder staat wat u heeft verstuurd. U kunt deze pagina afdrukken of opslaan.
copy-print-hint = Afdrukken gaat met de sneltoets Ctrl en P, of op een Mac met Cmd en P.
label-reference = Referentienummer
label-received-at = Ontvangen op
label-postcode = Postcode
hint-postcode = Bijvoorbeeld 1234 AB
label-house-number = Huisnummer
label-addition = Toevoeging (optioneel)
hint-addition = Bijvoorbeeld A of 2
label-email-optional = E-mailadres (optioneel)
label-phone-optional = Telefoonnummer (optioneel)
label-email-short = E-mailadres
label-phone-short = Telefoonnummer
hint-phone = Bijvoorbeeld 06 12345678
label-full-name = Volledige naam
label-birth-date = Geboortedatum
hint-birth-date = Bijvoorbeeld 27 3 2012

## Bel mij terug
callback-name = Bel mij terug
callback-lead = Wij bellen u binnen 2 werkdagen. U kiest zelf wanneer dat het beste uitkomt.
callback-hours-ochtend = tussen 9.00 en 12.00 uur
callback-hours-middag = tussen 13.00 en 17.00 uur
callback-slot-label = { $day }, { $hours }
origin-step = Stap { $number }: { $title }
label-your-name = Uw naam
label-your-phone = Uw telefoonnummer
label-your-email-optional = Uw e-mailadres (optioneel)
label-name = Naam
label-topic = Onderwerp
label-when = Wanneer
label-note = Opmerking
label-answers-shared = Antwoorden meegestuurd
hint-max-chars = Hoogstens { $max } tekens.
button-send = Verstuur
callback-phone-hint = Bijvoorbeeld 06 12345678. Wij gebruiken dit alleen om u te bellen.
callback-topic = Waarover wilt u gebeld worden?
callback-topic-hint-prefilled = Wij hebben ingevuld waar u was. U mag dit aanpassen.
callback-topic-hint = Bijvoorbeeld: vraag over mijn verhuizing.
callback-slot = Wanneer kunnen wij u het beste bellen?
callback-note = Wilt u nog iets kwijt? (optioneel)
callback-email-hint = Dan sturen wij u een bevestiging van dit verzoek.
share-answers = Stuur mijn antwoorden tot nu toe mee
share-answers-hint = Dan kan de medewerker verder waar u bent gebleven. Wij sturen ze alleen mee als u dit aanvinkt.
callback-error-name = Vul uw naam in
callback-error-phone = Vul uw telefoonnummer in, zodat wij u kunnen bellen
callback-error-topic = Schrijf waarover u gebeld wilt worden
callback-error-topic-long = Schrijf het onderwerp in hoogstens 150 tekens. Meer kunt u kwijt bij de opmerking
callback-error-slot = Kies wanneer wij u het beste kunnen bellen
callback-error-note-long = Schrijf uw opmerking in hoogstens 500 tekens
callback-cancelled-heading = Uw terugbelverzoek is geannuleerd
callback-status-heading = Wij bellen u terug
callback-status-title = Terugbelverzoek { $reference }
callback-cancelled-text = Wij bellen u niet. Heeft u toch hulp nodig? Vraag dan opnieuw om een belletje.
callback-status-when = Wij bellen u op { $slot }. Lukt dat niet? Dan bellen wij u uiterlijk op { $due }.
callback-status-number = Wij bellen met een nummer dat begint met 14. Neemt u niet op? Dan proberen wij het nog een keer.
callback-status-keep = Bewaar deze pagina. Met de link kunt u uw verzoek later bekijken of annuleren.
callback-cancel = Verzoek annuleren
callback-your-request = Uw verzoek

## Afspraak aan de balie
clock = { $time } uur
clock-range = { $from } tot { $to } uur
day-part-morning = Ochtend
day-part-afternoon = Middag
day-part-evening = Avond
visit-product-paspoort-id-kaart = Paspoort of ID-kaart aanvragen
visit-product-rijbewijs = Rijbewijs verlengen
visit-product-verhuizing = Verhuizing doorgeven
visit-product-bijzondere-bijstand = Bijzondere bijstand
bring-current-passport = uw huidige paspoort of ID-kaart
bring-photo = een pasfoto die niet ouder is dan 6 maanden
bring-current-licence = uw huidige rijbewijs
bring-id = uw paspoort, ID-kaart of rijbewijs
bring-rent-or-deed = het huurcontract of de koopakte van uw nieuwe huis
bring-income = een bewijs van uw inkomen, zoals een loonstrook
bring-bill = de rekening of offerte van de kosten
visit-step-product = Waarvoor komt u
visit-step-locatie = Locatie
visit-step-dag = Dag
visit-step-tijd = Tijd
visit-step-gegevens = Uw gegevens
visit-free-day = { $day }: { $free ->
    [one] { $free } tijd vrij
   *[other] { $free } tijden vrij
}
visit-minutes = ({ $minutes } minuten)
visit-start-lead = Sommige zaken regelt u aan de balie. Bijvoorbeeld een paspoort of een rijbewijs. Maak hier een afspraak, dan hoeft u niet te wachten.
visit-start-how = Zo werkt het
visit-start-how-1 = U kiest waarvoor u komt.
visit-start-how-2 = U kiest waar, op welke dag en hoe laat.
visit-start-how-3 = U krijgt een bevestiging. Daarin staat wat u moet meenemen.
visit-start-time = Het kost ongeveer 3 minuten. Een afspraak maken is gratis.
visit-start-button = Maak een afspraak
visit-location-question = Waar wilt u naartoe komen?
visit-location-hint = Het Stadhuis is elke werkdag open. Wijkpunt Noord is open op dinsdagochtend en donderdagmiddag.
visit-day-question = Op welke dag wilt u komen?
visit-day-hint = U ziet de dagen van de komende 4 weken waarop nog tijd vrij is. Uw afspraak duurt { $minutes } minuten.
visit-day-none = Op deze locatie is de komende 4 weken geen tijd meer vrij.
visit-day-other-location = Kies een andere locatie
visit-day-or-call = of vraag onder Hulp nodig of wij u bellen.
visit-name-hint = Zo weet de medewerker wie er komt.
label-your-phone-optional = Uw telefoonnummer (optioneel)
visit-email-hint = Dan sturen wij u een bevestiging, en de dag ervoor een herinnering.
visit-phone-hint = Dan kunnen wij u bellen als de afspraak niet door kan gaan.
visit-share-answers-hint = Dan kan de medewerker aan de balie verder waar u bent gebleven. Wij sturen ze alleen mee als u dit aanvinkt.
visit-products-question = Waarvoor komt u?
visit-products-hint = Kies alles wat u in één keer wilt regelen.
visit-time-question = Hoe laat wilt u komen?
visit-time-hint = Dit zijn de vrije tijden op { $day }. Uw afspraak duurt { $minutes } minuten.
label-what-for = Waarvoor
label-where = Waar
label-day = Dag
label-time = Tijd
label-share-answers = Antwoorden meesturen
visit-move-button = Afspraak verzetten
visit-book-button = Afspraak maken
visit-cancel-button = Afspraak annuleren
visit-check-title = Controleer uw afspraak
visit-moved-heading = Deze afspraak is verzet
visit-cancelled-heading = Uw afspraak is geannuleerd
visit-booked-heading = Uw afspraak staat
visit-moved-text = U heeft deze afspraak verzet naar een andere tijd.
visit-moved-link = Bekijk uw nieuwe afspraak
visit-cancelled-text = Wij verwachten u niet. Wilt u toch komen? Maak dan een nieuwe afspraak.
visit-new-link = Maak een nieuwe afspraak
visit-ics-remove = Haal de afspraak uit uw agenda (ics-bestand)
visit-bring-heading = Wat neemt u mee?
visit-on-time = Kom op tijd. Bent u meer dan 10 minuten te laat? Dan moet u misschien een nieuwe afspraak maken.
visit-calendar-heading = In uw agenda
visit-ics-add = Zet de afspraak in uw agenda (ics-bestand)
visit-cannot-come-heading = Kunt u niet komen?
visit-cannot-come-text = Verzet de afspraak of annuleer hem. Dan kan iemand anders die tijd gebruiken. Bewaar deze pagina: met de link kunt u later terugkomen.
visit-manage-title = Afspraak { $reference }
visit-your-visit = Uw afspraak
visit-error-product = Kies waarvoor u komt
visit-error-location = Kies waar u naartoe wilt komen
visit-error-day = Kies een dag waarop nog tijd vrij is
visit-error-time = Kies een tijd
visit-error-taken = Deze tijd is net door iemand anders gekozen. Kies een andere tijd.
visit-error-taken-times = Deze tijd is net door iemand anders gekozen. Kies een andere tijd. Deze tijden zijn nog vrij: { $times }.
visit-error-taken-day-full = Deze tijd is net door iemand anders gekozen. Die dag is nu vol. Kies een andere dag.
visit-error-day-gone = Die dag kan niet meer. Kies een andere dag.

## Messages (email)
mail-greeting = Beste { $name },
mail-regards = Met vriendelijke groet,
mail-resident = bewoner
mail-none = (geen)
mail-bring = Neem mee:
mail-visit-booked = U heeft een afspraak gemaakt bij de balie.
mail-visit-moved = U heeft uw afspraak verzet. Dit is uw nieuwe afspraak.
mail-visit-received = Wij hebben uw afspraak ontvangen op { $at }.
mail-visit-subject = Uw afspraak bij de gemeente ({ $reference })
mail-visit-manage = Bekijken, verzetten of annuleren: { $link }
mail-visit-ics = De afspraak zit ook als bestand bij deze mail. Zo zet u hem in uw agenda.
mail-reminder-subject = Morgen uw afspraak bij de gemeente ({ $reference })
mail-reminder-tomorrow = Morgen heeft u een afspraak bij de balie.
mail-reminder-manage = Kunt u niet komen? Verzet of annuleer de afspraak: { $link }
mail-cancel-subject = Uw afspraak is geannuleerd ({ $reference })
mail-cancel-text = U heeft uw afspraak geannuleerd. Wij verwachten u niet.
mail-cancel-new = Met het bestand bij deze mail haalt u de afspraak uit uw agenda. Wilt u toch komen? Maak dan een nieuwe afspraak: { $link }
mail-callback-subject = Wij bellen u terug ({ $reference })
mail-callback-received = U heeft gevraagd of wij u terugbellen. Wij hebben uw verzoek ontvangen op { $at }.
mail-callback-when = Wij bellen u op het gekozen moment. Lukt dat niet? Dan bellen wij u uiterlijk op { $due }.
mail-callback-manage = Bekijken of annuleren: { $link }
mail-report-subject = Uw melding over de website ({ $reference })
mail-report-received = Bedankt voor uw melding over de toegankelijkheid van onze website. Wij hebben hem ontvangen op { $at }.
mail-report-next = Wij kijken binnen 5 werkdagen naar uw melding en laten u weten wat wij doen.
ics-summary = Afspraak gemeente: { $products }
label-number = Nummer
label-page = Pagina
label-problem = Wat ging er niet goed
callback-error-limit = U heeft vandaag al 3 keer gevraagd om teruggebeld te worden. Wij bellen u zo snel mogelijk. Heeft u haast? Bel ons dan zelf op 14 0123.

## Toegankelijkheid
a11y-lead = Iedereen moet deze website kunnen gebruiken. Ook als u slecht ziet, slecht hoort of moeite heeft met lezen.
a11y-rules-heading = Aan welke regels voldoen wij?
a11y-rules-1 = Wij houden ons aan de regels voor toegankelijke websites. Die regels heten WCAG 2.2, niveau AA.
a11y-rules-2 = De overheid moet zich aan deze regels houden. Wij vinden dat ook zelf belangrijk.
a11y-privacy = Wat wij van u bewaren en hoe lang, staat in de
a11y-check-heading = Hoe controleren wij dat?
a11y-check-intro = Een computer controleert elke pagina, elke keer dat wij iets aan de website veranderen. Dat gebeurt met en zonder JavaScript, en in elke weergave.
a11y-check-1 = Werkt de pagina op een smal scherm, zonder opzij te schuiven?
a11y-check-2 = Kunt u de tekst twee keer zo groot maken?
a11y-check-3 = Kunt u alles met alleen het toetsenbord bedienen? En ziet u waar u bent?
a11y-check-4 = Zegt een fout duidelijk wat er mis is en hoe u het oplost?
a11y-check-5 = Is de taal eenvoudig? Zinnen hebben hoogstens 20 woorden.
a11y-check-6 = Zijn de kleuren goed te lezen?
a11y-check-people = Een computer kan niet alles controleren. Daarom testen mensen ook zelf. Zij gebruiken bijvoorbeeld een schermlezer of alleen hun stem.
a11y-gaps-heading = Wat werkt nog niet goed?
a11y-gap-error-pages = Op foutpagina's werkt de knop Voorlezen nog niet.
a11y-gap-read-aloud = Voorlezen werkt alleen als uw browser dat kan. Anders ziet u de knop niet.
a11y-gap-people = De toets met mensen die een schermlezer gebruiken is nog niet gedaan.
a11y-report-heading = Meld een probleem
a11y-report-sent-title = Melding verstuurd
a11y-report-thanks = Bedankt voor uw melding. Het nummer van uw melding is
a11y-report-next = Wij kijken binnen 5 werkdagen naar uw melding. Gaf u uw e-mailadres? Dan hoort u van ons wat wij doen.
a11y-report-intro = Lukt iets niet op deze website? Laat het ons weten. Dan lossen wij het op. U kunt ook bellen naar 14 0123.
a11y-report-problem = Wat ging er niet goed?
a11y-report-problem-hint = Bijvoorbeeld: ik kon de knop niet vinden met mijn schermlezer. Hoogstens { $max } tekens.
a11y-report-page = Op welke pagina was dat? (optioneel)
a11y-report-page-hint = Het adres van de pagina, of de naam ervan.
a11y-report-email-hint = Dan laten wij u weten wat wij met uw melding doen.
a11y-report-send = Verstuur melding
a11y-error-empty = Schrijf wat er niet goed ging
a11y-error-long = Schrijf het probleem in hoogstens 1000 tekens

## Catalogue and search
topic-wonen = Wonen en verhuizen
topic-documenten = Paspoort, rijbewijs en uittreksels
topic-parkeren = Parkeren
topic-geld = Geld en hulp
topic-afval-straat = Afval en de straat
catalogue-channel-online = U regelt dit online.
catalogue-channel-soon = Binnenkort online. Nu helpt een medewerker u.
catalogue-channel-counter = Dit regelt u aan de balie, met een afspraak.
catalogue-channel-personal = Dit bespreken wij met u persoonlijk.
catalogue-how-counter = Maak een afspraak
catalogue-how-personal = Zo helpen wij u
catalogue-time-and-cost = Hoe lang duurt het en wat kost het?
catalogue-fee = Het kost { $amount }. Dit bedrag is een voorbeeld.
catalogue-free = Het is gratis.
search-label = Zoeken
search-hint = Typ wat u wilt regelen. Bijvoorbeeld: verhuizen, paspoort of grofvuil.
search-button = Zoek
search-title = Zoeken
search-results-for = Zoekresultaten voor ‘{ $query }’
search-empty = Typ een woord en kies Zoek.
search-none = Wij vonden niets. Probeer een ander woord. Of vraag het aan een medewerker:
search-all-topics = Bekijk alle onderwerpen
search-count = { $count ->
    [one] Wij vonden 1 onderwerp.
   *[other] Wij vonden { $count } onderwerpen.
}
search-error-empty = Typ een woord om te zoeken, bijvoorbeeld paspoort

## The form engine (product forms from their product files)
answer-yes = Ja
answer-no = Nee
label-product = Product
form-optional = (optioneel)
form-consent-given = Ja, ik geef toestemming
form-error-too-long = Uw antwoord is te lang. Gebruik hoogstens { $max } tekens. Nu zijn het er { $count }.
form-error-number = Vul een heel getal in met alleen cijfers, zoals 3
form-error-number-range = Vul een getal in van { $min } tot en met { $max }
form-error-amount = Vul een bedrag in euro in, zoals 250 of 1.250,50
form-error-amount-range = Vul een bedrag in van { $min } tot en met { $max }
form-error-date-before = Vul een datum in op of na { $date }
form-error-date-after = Vul een datum in op of voor { $date }
form-person = Persoon { $number }
form-people-add = Nog iemand toevoegen
form-people-max = U kunt hier { $max } personen invullen. Zijn het er meer? Bel ons dan op 14 0123.
form-error-person-name = Vul de naam in van persoon { $number }
form-error-person-birth-date = Vul de geboortedatum in van persoon { $number }
form-error-birth-future = De geboortedatum moet vandaag zijn of eerder
form-error-birth-old = Controleer het jaar van de geboortedatum
form-person-line = { $name }, geboren op { $date }
plate-empty = Vul het kenteken in
plate-shape = Vul een Nederlands kenteken in, zoals 12-ABC-3 of AB-123-C
form-amount-hint = In euro. Bijvoorbeeld 1.250,50
form-plate-hint = Bijvoorbeeld 12-ABC-3. Met of zonder streepjes.
form-date-hint = Bijvoorbeeld 27 3 2027
form-checkboxes-hint = Kies alles wat klopt.
form-select-choose = Kies uit de lijst
form-copy-link = Bekijk een kopie van uw antwoorden. Die kunt u afdrukken of bewaren.
form-send = Verstuur uw aanvraag
form-copy-title = Kopie van uw antwoorden
form-copy-not-sent = U heeft dit nog niet verstuurd.
form-copy-back = Terug naar uw antwoorden
form-sent-heading = Wij hebben uw aanvraag ontvangen
form-receipt-sent = Wij hebben een bevestiging gestuurd naar { $email }.
mail-form-subject = Wij hebben uw aanvraag ontvangen ({ $reference })
mail-form-received = Wij hebben uw aanvraag ontvangen op { $at }. Het gaat om: { $product }.
mail-form-reference = Uw referentienummer is { $reference }. Noem dit nummer als u ons belt of mailt.
mail-form-copy = Dit heeft u ingevuld:
form-status-link-text = Wilt u later zien hoe het met uw aanvraag gaat? Bewaar deze link.
form-status-link = Mijn aanvraag bekijken
mail-form-status = Hoe gaat het met uw aanvraag? Kijk hier: { $link }

## "Mijn aanvraag": status of a request
label-status = Status
status-title = Mijn aanvraag { $reference }
status-heading = Mijn aanvraag
status-history = Wat er is gebeurd
status-keep = Deze link is alleen voor u. Geef hem niet aan anderen.
status-ontvangen = Ontvangen
status-ontvangen-text = Wij hebben uw aanvraag ontvangen. Een medewerker gaat ermee aan de slag.
status-in-behandeling = In behandeling
status-in-behandeling-text = Een medewerker werkt aan uw aanvraag.
status-aanvulling-nodig = Aanvulling nodig
status-aanvulling-nodig-text = Wij hebben iets van u nodig. Hieronder staat wat. Heeft u een vraag? Bel ons op 14 0123.
status-afgehandeld = Afgehandeld
status-afgehandeld-text = Uw aanvraag is klaar.
status-afgewezen = Afgewezen
status-afgewezen-text = Wij kunnen uw aanvraag niet toekennen. U krijgt een brief met de reden. Daarin staat ook hoe u bezwaar maakt.
form-pickup-day = { $day } (nog { $free ->
    [one] 1 plek
   *[other] { $free } plekken
})
form-pickup-none = Er is de komende tijd geen dag meer vrij. Bel ons op 14 0123. Dan zoeken wij samen een dag.
form-error-day-full = Deze dag is net vol geraakt. Kies een andere dag.

## Opslaan en later verder
form-save = Opslaan en later verder
form-saved-title = Uw antwoorden zijn opgeslagen
form-saved-code-is = Uw code is
form-saved-until = Wij bewaren uw antwoorden tot en met { $date }. Daarna halen wij ze weg.
form-saved-mailed = Wij hebben de code en een link gestuurd naar { $email }.
form-saved-no-mail = Schrijf de code op. Of maak een foto van deze pagina.
form-saved-how = Later verder
form-saved-how-text = Ga dan naar de pagina
form-saved-continue = Toch nu verder met { $product }
form-resume-title = Verder met uw aanvraag
form-resume-hint = Vul de code in die u kreeg toen u uw antwoorden opsloeg. Bijvoorbeeld 7KQ4 M2XD.
form-resume-button = Verder
form-resume-error = Wij kennen deze code niet, of de 30 dagen zijn voorbij. Controleer de code.
mail-saved-subject = Uw code om later verder te gaan ({ $product })
mail-saved-text = U heeft uw antwoorden opgeslagen. Uw code is { $code }.
mail-saved-link = Ga verder met deze link: { $link }
mail-saved-until = Wij bewaren uw antwoorden tot en met { $date }.
form-count-left-one = U heeft nog 1 teken over.
form-count-left = U heeft nog { $n } tekens over.
form-count-over-one = U heeft 1 teken te veel.
form-count-over = U heeft { $n } tekens te veel.
form-photos-hint = Een JPG- of PNG-foto van hoogstens 5 MB. U kunt er 3 toevoegen. Wij halen de locatie en andere gegevens uit de foto weg.
form-photos-choose = Kies foto's
form-photos-added = Deze foto's zijn toegevoegd:
form-photo-remove = Verwijderen
form-error-photo-type = Dit bestand is geen foto. Kies een JPG- of PNG-bestand.
form-error-photo-size = Deze foto is groter dan 5 MB. Kies een kleinere foto.
form-error-photos-many = U kunt hoogstens { $max } foto's toevoegen. Verwijder eerst een foto.

privacy-title = Privacyverklaring
privacy-lead = Wij vragen alleen wat wij nodig hebben. En wij bewaren het niet langer dan nodig.
privacy-what-heading = Wat bewaren wij en waarom?
privacy-what-text = Wij bewaren wat u invult in een formulier. Dat hebben wij nodig om uw aanvraag te behandelen. Wij geven het niet aan andere bedrijven.
privacy-cookies-heading = Welke cookies gebruiken wij?
privacy-cookies-text = Wij gebruiken alleen cookies die de website nodig heeft. Eén onthoudt uw antwoorden tot u klaar bent. Eén onthoudt uw taal. En één onthoudt hoe u de website wilt zien. Wij volgen u niet.
privacy-how-long-heading = Hoe lang bewaren wij het?
privacy-keep-drafts = Antwoorden die u nog niet verstuurde: { $hours } uur na uw laatste wijziging.
privacy-keep-saved = Een formulier dat u opsloeg voor later: { $days } dagen.
privacy-keep-photos = Foto's die u niet verstuurde: { $days } dagen.
privacy-keep-messages = E-mails die wij u stuurden: { $days } dagen na het versturen.
privacy-keep-callbacks = Een vraag om terug te bellen: { $days } dagen nadat die klaar is.
privacy-keep-visits = Een afspraak aan de balie: { $days } dagen na de dag van de afspraak.
privacy-keep-handled = Uw antwoorden en foto's bij een aanvraag: { $days } dagen nadat wij de aanvraag afhandelden.
privacy-keep-product = Bij { $product }: { $days } dagen na het afhandelen.
privacy-keep-reports = Het nummer en de datums van een aanvraag bewaren wij langer. Zo kunnen wij tellen hoe goed wij werken. Daarin staan geen antwoorden.
privacy-rights-heading = Wat zijn uw rechten?
privacy-rights-text = U mag vragen welke gegevens wij van u hebben. U mag ook vragen om ze te verbeteren of te wissen. Bel ons op 14 0123. Of kom langs bij de balie.

## Mijn aanvraag: wie keek er, en aanvullen
status-looked-heading = Wie heeft uw aanvraag bekeken
status-looked-none = Nog niemand van de gemeente heeft uw aanvraag bekeken.
status-looked = Een { $role } van { $team } bekeek of wijzigde uw aanvraag op { $at }.
status-addition-heading = Wij hebben iets van u nodig
status-addition-start = Stuur uw aanvulling
status-added = Bedankt. Wij hebben uw aanvulling ontvangen.
addition-title = Aanvulling sturen
addition-back = Terug naar Mijn aanvraag
addition-lead = Dit vroeg de medewerker u:
addition-label = Uw aanvulling
addition-hint = Schrijf wat er ontbrak. U kunt maximaal { $max } tekens gebruiken.
addition-send = Aanvulling versturen
addition-error-empty = Schrijf uw aanvulling
addition-error-too-long = Uw aanvulling is te lang. Maak hem korter.
mail-status-subject = Nieuws over uw aanvraag { $reference }
mail-status-changed = De status van uw aanvraag { $product } is nu: { $status }.
mail-status-message = Bericht van de gemeente:
mail-status-link = Bekijk uw aanvraag: { $link }
mail-addition-link = Stuur uw aanvulling via deze link: { $link }

## Medewerkers (staff side)
staff-header = Medewerkers
staff-nav-label = Menu voor medewerkers
staff-nav-start = Start
staff-nav-requests = Aanvragen
staff-nav-access-log = Inzage-log
staff-signed-in-as = Ingelogd als { $name } ({ $role }, { $team })
staff-sign-out = Uitloggen
staff-sign-out-everywhere = Overal uitloggen
staff-sign-in-title = Inloggen voor medewerkers
staff-sign-in-lead = Log in met uw werkadres en wachtwoord.
staff-email = E-mailadres
staff-password = Wachtwoord
staff-sign-in = Inloggen
staff-sign-in-sso = Inloggen met uw gemeenteaccount
staff-sign-in-wrong = Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.
staff-sign-in-slowed = Er is te vaak een verkeerd wachtwoord gebruikt. Wacht 15 minuten en probeer het dan opnieuw.
staff-sign-in-expired = U was 30 minuten niet actief, of langer dan 10 uur ingelogd. Log opnieuw in. Wat u in een formulier typte, staat er daarna nog.
staff-sign-in-sso-failed = Inloggen met uw gemeenteaccount lukte niet. Probeer het opnieuw. Lukt het niet? Vraag de beheerder om hulp.
staff-signed-out = U bent uitgelogd.
staff-start-title = Start
staff-start-requests = aanvragen van inwoners behandelen.
staff-start-access-log = zien wie welke gegevens bekeek.
staff-start-nothing-yet = Voor uw rol zijn hier nog geen taken.
staff-role-kcc = Klantcontactmedewerker
staff-role-balie = Baliemedewerker
staff-role-behandelaar = Behandelaar
staff-role-teamleider = Teamleider
staff-role-beheer = Beheerder
staff-requests-title = Aanvragen
staff-requests-caption = Aanvragen van inwoners
staff-received = Ontvangen
staff-norm = Dagen open
staff-assigned-to = Behandelaar
staff-unassigned = Niemand
staff-sort-by = niet gesorteerd
staff-sorted-ascending = gesorteerd, oplopend
staff-sorted-descending = gesorteerd, aflopend
staff-days-open = { $days } van { $norm } werkdagen
staff-norm-overdue = Te laat
staff-norm-almost = Bijna te laat
staff-addition-in = Aanvulling ontvangen
staff-filter = Filteren
staff-filter-all = Alle
staff-filter-overdue = Alleen te laat
staff-filter-mine = Alleen aan mij toegewezen
staff-filter-unassigned = Alleen zonder behandelaar
staff-filter-apply = Toon
staff-list-none = Geen aanvragen gevonden.
staff-list-count = { $from } tot en met { $to } van { $total } aanvragen
staff-pages = Pagina's
staff-page-previous = Vorige pagina
staff-page-next = Volgende pagina
staff-page-of = Pagina { $page } van { $pages }
staff-request-title = Aanvraag { $reference }
staff-back-to-list = Terug naar de aanvragen
staff-take = Aan mij toewijzen
staff-missing-asked = Gevraagd aan de inwoner
staff-change-heading = Status wijzigen
staff-request-closed = Deze aanvraag is afgesloten. De status kan niet meer veranderen.
staff-new-status = Nieuwe status
staff-message = Bericht aan de inwoner
staff-message-hint = De inwoner ziet dit bericht op Mijn aanvraag. Schrijf bij aanvulling nodig wat er ontbreekt.
staff-message-hint-mail = De inwoner ziet dit bericht op Mijn aanvraag en krijgt het per e-mail. Schrijf bij aanvulling nodig wat er ontbreekt.
staff-change-status = Status wijzigen
staff-changed-meanwhile = Een collega heeft deze aanvraag net gewijzigd. De status is nu: { $status }. Uw bericht staat er nog. Kijk of het nog klopt en verstuur opnieuw.
staff-error-no-status = Kies een nieuwe status
staff-error-missing-what = Schrijf wat er ontbreekt
staff-error-too-long = Het bericht is te lang. Gebruik maximaal { $max } tekens.
staff-form-restored = Wat u typte voordat u opnieuw moest inloggen, staat er weer. Kijk het na en verstuur opnieuw.
staff-answers = Antwoorden van de inwoner
staff-photos = Foto's
staff-photo-alt = Foto { $n } van de inwoner: { $name }
staff-additions = Aanvullingen van de inwoner
staff-log-title = Inzage-log
staff-log-lead = Hier staat wie welke gegevens van inwoners bekeek of wijzigde. Niemand kan dit log veranderen.
staff-log-record = Zoek op gegeven
staff-log-record-hint = Bijvoorbeeld een kenmerk, zoals VH-7KQ4-M2XD.
staff-log-export = Download als CSV-bestand
staff-log-count = { $total } regels
staff-log-caption = Inzage-log, nieuwste eerst
staff-log-when = Wanneer
staff-log-who = Medewerker
staff-log-role = Rol en team
staff-log-action = Handeling
staff-log-what = Gegeven
staff-log-purpose = Doel
staff-action-view = bekeken
staff-action-change = gewijzigd
staff-action-export = geëxporteerd
staff-action-search = gezocht
staff-error-forbidden = U heeft geen toegang tot deze pagina.
staff-nav-reports = Toegankelijkheidsmeldingen
staff-start-reports = problemen met de toegankelijkheid beantwoorden en afsluiten.
staff-reports-title = Toegankelijkheidsmeldingen
staff-reports-caption = Meldingen over toegankelijkheid, nieuwste eerst
staff-reports-count = { $total } meldingen
staff-reports-back = Terug naar de meldingen
staff-report-title = Melding { $reference }
staff-report-state-open = Open
staff-report-state-in-behandeling = In behandeling
staff-report-state-afgehandeld = Afgehandeld
staff-report-replies = Antwoorden aan de inwoner
staff-report-no-replies = Nog geen antwoord gestuurd.
staff-report-reply = Antwoord aan de inwoner
staff-report-reply-hint = De inwoner gaf geen e-mailadres. Bewaar hier wat u deed.
staff-report-reply-hint-mail = De inwoner krijgt dit antwoord per e-mail.
staff-report-close = De melding is hiermee afgehandeld
staff-report-send = Antwoord opslaan
staff-report-closed = Deze melding is afgehandeld.
staff-report-error-empty = Schrijf een antwoord
staff-report-error-too-long = Het antwoord is te lang. Gebruik maximaal { $max } tekens.
mail-report-reply-subject = Antwoord op uw melding { $reference }
mail-report-reply = Wij hebben uw melding over de toegankelijkheid bekeken. Dit is ons antwoord:

## Staff: the callback queue (KCC)
staff-nav-callbacks = Terugbellen
staff-start-callbacks = inwoners terugbellen die daarom vroegen.
staff-callbacks-title = Terugbelverzoeken
staff-callback-take-next = Volgende oppakken
staff-callback-count = { $count ->
    [one] 1 open verzoek
   *[other] { $count } open verzoeken
}
callback-part-ochtend = Ochtend
callback-part-middag = Middag
staff-callback-group = { $part } ({ $hours }): { $count }
staff-callback-group-empty = Geen open verzoeken voor dit dagdeel.
staff-callback-filter-part = Dagdeel:
staff-callback-filter-urgency = Termijn:
staff-callback-filter-holder = Opgepakt door:
staff-callback-chosen-day = Gekozen dag
staff-callback-chosen = Gekozen moment
staff-callback-due = Terugbellen uiterlijk
staff-callback-attempts = Pogingen
staff-callback-holder = Opgepakt door
staff-callback-held-by-me = Mij
staff-callback-overdue = Te laat
staff-callback-almost = Bijna verlopen
staff-callback-in-time = Op tijd
staff-callback-title = Terugbelverzoek { $reference }
staff-callback-back = Terug naar de terugbelverzoeken
staff-callback-take = Oppakken
staff-callback-held-by = { $name } heeft dit verzoek opgepakt.
staff-callback-email = E-mailadres bekend
staff-callback-state-open = Open
staff-callback-state-reached = Bereikt
staff-callback-state-missed = Niet bereikt
staff-callback-state-cancelled = Geannuleerd door de inwoner
staff-callback-attempt-heading = Poging vastleggen
staff-callback-outcome = Hoe ging het gesprek?
staff-callback-outcome-hint = Na { $after } keer niet bereikt krijgt de inwoner een bericht (als er een e-mailadres is) en is het verzoek klaar.
staff-callback-outcome-beantwoord = Bereikt: vraag beantwoord
staff-callback-outcome-afspraak = Bereikt: afspraak aan de balie gemaakt
staff-callback-outcome-aanvraag = Bereikt: aanvraag gestart
staff-callback-outcome-doorgezet = Bereikt: doorgezet naar een afdeling
staff-callback-outcome-niet-bereikt = Niet bereikt
staff-callback-note = Notitie (optioneel)
staff-callback-note-hint = Alleen wat een collega nodig heeft. Maximaal { $max } tekens.
staff-callback-record = Vastleggen
staff-callback-release = Teruggeven aan de wachtrij
staff-callback-error-outcome = Kies hoe het gesprek ging
staff-callback-error-note-long = De notitie is te lang. Gebruik maximaal { $max } tekens.
staff-callback-answers = Antwoorden van de inwoner
staff-callback-answers-of = Antwoorden van de inwoner: { $product }
staff-callback-answers-hint = Zoals de inwoner ze invulde, nog niet gecontroleerd.
staff-callback-attempt-reached = Bereikt
staff-callback-attempt-missed = Niet bereikt
staff-callback-no-attempts = Nog geen pogingen.
staff-callback-notice-taken = U heeft dit verzoek opgepakt. Het blijft 30 minuten van u.
staff-callback-notice-busy = Een collega was u net voor: { $name } heeft dit verzoek opgepakt.
staff-callback-notice-gone = Dit verzoek is niet meer van u. Een collega heeft het opgepakt, of het is afgerond of geannuleerd.
staff-callback-notice-recorded = Poging vastgelegd voor { $reference }. Het verzoek staat weer in de wachtrij.
staff-callback-notice-reached = Gesprek vastgelegd voor { $reference }. Het verzoek is klaar.
staff-callback-notice-missed = { $reference } is niet bereikt en is klaar.
staff-callback-notice-released = { $reference } staat weer in de wachtrij.
staff-callback-notice-empty = Er is geen vrij verzoek meer in de wachtrij.
mail-callback-missed-subject = Wij konden u niet bereiken ({ $reference })
mail-callback-missed = U vroeg of wij u terugbellen. Wij hebben u twee keer gebeld, maar wij konden u niet bereiken.
mail-callback-missed-again = Wilt u nog steeds dat wij u bellen? Vraag het opnieuw: { $link }

## Staff: contact registration
staff-nav-contact = Contact vastleggen
staff-start-contact = elk contact aan de telefoon, de balie, per e-mail of in de bibliotheek kort vastleggen.
staff-contact-title = Contact vastleggen
staff-contact-channel = Hoe was het contact?
staff-contact-channel-telefoon = Telefoon
staff-contact-channel-balie = Balie
staff-contact-channel-e-mail = E-mail
staff-contact-channel-bibliotheek = Bibliotheek
staff-contact-product = Over welk product ging het?
staff-contact-product-hint = Kies niets als het over iets anders ging. Schrijf dan hieronder het onderwerp.
staff-contact-product-none = Geen product
staff-contact-topic = Onderwerp in een paar woorden (optioneel)
staff-contact-topic-hint = Zonder namen of andere persoonsgegevens. Maximaal { $max } tekens.
staff-contact-result = Hoe liep het af?
staff-contact-result-zelf-afgehandeld = Zelf afgehandeld
staff-contact-result-doorverbonden = Doorverbonden
staff-contact-result-terugbelverzoek = Terugbelverzoek gemaakt
staff-contact-result-afspraak-gemaakt = Afspraak gemaakt
staff-contact-result-aanvraag-gestart = Aanvraag gestart
staff-contact-satisfaction = Hoe tevreden bent u over hoe wij u vandaag hebben geholpen?
staff-contact-satisfaction-hint = Vraag dit aan het eind van het contact. Kies het antwoord van de inwoner.
staff-contact-satisfaction-1 = 1: zeer ontevreden
staff-contact-satisfaction-2 = 2: ontevreden
staff-contact-satisfaction-3 = 3: niet tevreden, niet ontevreden
staff-contact-satisfaction-4 = 4: tevreden
staff-contact-satisfaction-5 = 5: zeer tevreden
staff-contact-satisfaction-none = Niet gevraagd of geen antwoord
staff-contact-save = Vastleggen
staff-contact-saved = Het contact is vastgelegd. U kunt het volgende contact vastleggen.
staff-contact-today = { $count ->
    [one] Vandaag door u vastgelegd: 1 contact
   *[other] Vandaag door u vastgelegd: { $count } contacten
}
staff-contact-time = Tijd
staff-contact-error-channel = Kies hoe het contact was
staff-contact-error-topic = Kies een product of schrijf het onderwerp
staff-contact-error-topic-long = Het onderwerp is te lang. Gebruik maximaal 150 tekens.
staff-contact-error-result = Kies hoe het contact afliep
staff-contact-error-satisfaction = Kies een antwoord van 1 tot en met 5, of niet gevraagd

## Staff: one view of a resident (klantbeeld)
staff-nav-search = Zoeken
staff-start-search = een inwoner vinden: aanvragen, terugbelverzoeken en afspraken.
staff-search-title = Inwoner zoeken
staff-search-intro = Vul in wat u weet. Alles wat u invult moet kloppen. Elke zoekopdracht komt in het inzage-log.
staff-search-address = Adres
staff-search-name = Naam
staff-search-name-hint = De hele naam, zoals de inwoner die gaf.
staff-search-email = E-mailadres
staff-search-reference-hint = Bijvoorbeeld TB-7KQ4-M2XD.
staff-search-button = Zoeken
staff-search-count = { $count ->
    [0] Niets gevonden
    [one] 1 gevonden
   *[other] { $count } gevonden
}
staff-search-none = Er is niets dat bij alles past wat u invulde. Probeer minder in te vullen.
staff-search-caption = Gevonden, nieuwste eerst
staff-search-kind = Soort
staff-search-when = Datum
staff-search-about = Over
staff-search-kind-aanvraag = Aanvraag
staff-search-kind-terugbelverzoek = Terugbelverzoek
staff-search-kind-afspraak = Afspraak aan de balie
staff-search-visit-geboekt = Geboekt
staff-search-visit-geannuleerd = Geannuleerd
staff-search-error-name = Vul de hele naam in
staff-search-error-reference = Vul een referentienummer in zoals TB-7KQ4-M2XD
staff-search-error-nothing = Vul ten minste één ding in om op te zoeken

## Staff: the counter agenda
staff-nav-counter = Balie
staff-start-counter = de bezoekers van vandaag ontvangen, oproepen en helpen.
staff-counter-title = Balie { $location }, { $day }
staff-counter-places = Locaties
staff-counter-previous-day = Vorige dag
staff-counter-next-day = Volgende dag
staff-counter-waiting-room = Scherm voor de wachtkamer
staff-counter-none = Er zijn geen afspraken op deze dag.
staff-counter-caption = { $count ->
    [one] 1 afspraak, op tijd
   *[other] { $count } afspraken, op tijd
}
staff-counter-time = Tijd
staff-counter-products = Waarvoor en wat meenemen
staff-counter-next = Volgende stap
staff-counter-minutes = { $minutes } minuten
staff-counter-walk-in = Inloop
staff-counter-walk-in-legend = Inloop registreren: waarvoor komt de inwoner?
staff-counter-walk-in-button = Inloop registreren
staff-counter-check-in = Aangekomen
staff-counter-not-come = Niet gekomen
staff-counter-counter = Balie
staff-counter-call = Oproepen
staff-counter-start = Start
staff-counter-done = Klaar
staff-counter-called-to = { $number } naar balie { $counter }
staff-counter-waited = Wachttijd { $minutes } minuten
staff-counter-stage-expected = Verwacht
staff-counter-stage-arrived = Aangekomen
staff-counter-stage-called = Opgeroepen
staff-counter-stage-at-counter = Aan de balie
staff-counter-stage-helped = Geholpen
staff-counter-stage-not-come = Niet gekomen
staff-counter-notice-checked-in = Aangekomen. Het nummer is { $value }.
staff-counter-notice-called = { $value } is opgeroepen.
staff-counter-notice-started = Gestart: { $value }.
staff-counter-notice-done = Klaar: { $value }.
staff-counter-notice-not-come = Niet gekomen: { $value }.
staff-counter-notice-walk-in = Inloop geregistreerd. Het nummer is { $value }.
staff-counter-notice-full = Er is vandaag geen tijd meer vrij voor { $value }. Bied een afspraak op een andere dag aan.
staff-counter-notice-no-products = Kies waarvoor de inwoner komt.{ $value }
staff-counter-notice-already = Dit was al gedaan: { $value }. Een collega was u misschien voor.
waiting-room-title = Wachtkamer { $location }
waiting-room-called = Opgeroepen
waiting-room-line = { $number } naar balie { $counter }
waiting-room-none = Nog niemand opgeroepen.
staff-counter-notice-too-early = Niet gekomen kan pas 15 minuten na de begintijd: { $value }.
waiting-room-renew = Ververs
mail-visit-closed-subject = Uw afspraak gaat niet door ({ $reference })
mail-visit-closed = De balie in { $place } is op { $date } dicht. Daarom gaat uw afspraak om { $time } niet door. Het spijt ons.
mail-visit-closed-again = Kies een nieuwe dag en tijd: { $link }

## Staff: opening hours and closures
staff-nav-opening = Openingstijden
staff-start-opening = een dag sluiten of andere openingstijden geven.
staff-opening-title = Openingstijden en sluitingen
staff-opening-hours = { $open } tot { $close } uur
staff-opening-closed = dicht
staff-opening-counters = { $count ->
    [one] 1 balie
   *[other] { $count } balies
}
staff-opening-changes = Wijzigingen vanaf vandaag
staff-opening-no-changes = Er zijn geen wijzigingen. De gewone tijden gelden.
staff-opening-location = Locatie
staff-opening-hours-heading = Open
staff-opening-reason = Reden
staff-opening-reason-hint = Voor collega's. Maximaal 200 tekens.
staff-opening-new = Een dag wijzigen
staff-opening-date = Datum
staff-opening-date-hint = Bijvoorbeeld 24-12-2026.
staff-opening-kind = Wat verandert er?
staff-opening-kind-closed = De locatie is die dag dicht
staff-opening-kind-open = De locatie is die dag open, met deze tijden
staff-opening-opens = Open vanaf
staff-opening-closes = Open tot
staff-opening-times-hint = Alleen als de locatie open is. Bijvoorbeeld 9.00 en 12.30.
staff-opening-save = Opslaan
staff-opening-saved = De wijziging is opgeslagen. Inwoners zien het meteen bij het maken van een afspraak.
staff-opening-usual = Gewone tijden
staff-opening-usual-hint = Deze staan in de bestanden van de locaties (app/locations). Feestdagen zijn altijd dicht.
staff-opening-affected = { $count ->
    [one] Op { $day } staat 1 afspraak in { $location }
   *[other] Op { $day } staan { $count } afspraken in { $location }
}
staff-opening-affected-hint = Deze afspraken blijven staan. Neem contact op met deze inwoners en help ze een nieuwe tijd te kiezen.
staff-opening-affected-caption = Afspraken op de gesloten dag
staff-opening-send = { $count ->
    [one] Stuur 1 inwoner een bericht met een link om te verzetten
   *[other] Stuur { $count } inwoners een bericht met een link om te verzetten
}
staff-opening-messaged = { $count ->
    [one] 1 bericht is verstuurd.
   *[other] { $count } berichten zijn verstuurd.
}
staff-opening-error-location = Kies een locatie
staff-opening-error-date = Vul een datum in vanaf vandaag, zoals 24-12-2026
staff-opening-error-hours = Vul twee tijden in, zoals 9.00 en 12.30. De eerste is eerder.
staff-opening-error-kind = Kies wat er verandert
staff-opening-error-reason = Schrijf de reden
staff-opening-error-reason-long = De reden is te lang. Gebruik maximaal 200 tekens.

# "Verder met het formulier": the agent completes the product form on the phone.
staff-callback-form-heading = Formulier invullen met de inwoner
staff-callback-form-hint = Vul het formulier { $product } samen met de inwoner in. Wat de inwoner al invulde, staat er al in. U verstuurt het als aanvraag via de telefoon; de inwoner krijgt de bevestiging als er een e-mailadres in staat.
staff-callback-form = Verder met het formulier
staff-callback-notice-form-sent = De aanvraag is verstuurd. Leg nu vast hoe het gesprek ging: "Aanvraag gestart" en het nummer van de aanvraag staan al klaar.
staff-callback-notice-no-form = Dit onderwerp heeft geen formulier dat u hier kunt invullen.
form-registrar-banner = U vult dit formulier in met de inwoner aan de telefoon (terugbelverzoek { $reference }). Bij versturen wordt het een aanvraag via de telefoon, met u als medewerker.
form-registrar-back = Terug naar het terugbelverzoek
staff-channel = Ontvangen via
staff-channel-online = Online, door de inwoner
staff-channel-phone = Telefoon, ingevuld door { $name }

# The one satisfaction question (#18).
survey-invite-heading = Eén vraag over vandaag
survey-invite-text = Hoe tevreden bent u over hoe wij u vandaag hebben geholpen? Het antwoord is niet verplicht en kost een halve minuut. Wij gebruiken het om beter te worden.
survey-invite-link = Beantwoord de vraag
survey-title = Hoe hebben wij u geholpen?
survey-lead = Eén vraag, daarna mag u nog iets vertellen. Alleen de vraag over tevredenheid is nodig.
survey-question = Hoe tevreden bent u over hoe wij u vandaag hebben geholpen?
survey-score-1 = Zeer ontevreden
survey-score-2 = Ontevreden
survey-score-3 = Niet tevreden, niet ontevreden
survey-score-4 = Tevreden
survey-score-5 = Zeer tevreden
survey-improve = Wat kunnen wij beter doen? (optioneel)
survey-improve-hint = Schrijf geen naam, adres of burgerservicenummer. U kunt maximaal { $max } tekens gebruiken.
survey-call = Mogen wij u hierover bellen? (optioneel)
survey-call-hint = Dan belt een teamleider u op het nummer dat wij van u hebben.
survey-call-yes = Ja, u mag mij bellen
survey-call-no = Nee
survey-send = Verstuur antwoord
survey-error-score = Kies hoe tevreden u bent
survey-error-long = Uw tekst is te lang. Gebruik maximaal { $max } tekens
survey-error-call = Kies of wij u mogen bellen
survey-thanks-title = Dank u wel
survey-thanks = Uw antwoord is ontvangen.
survey-thanks-next = Wij lezen alle antwoorden. Zo zien wij wat goed gaat en wat beter moet.
survey-answered = U heeft deze vraag al beantwoord. Dank u wel.
survey-gone = Deze link werkt niet meer. U kunt de vraag tot 14 dagen na uw contact met ons beantwoorden.
survey-home = Naar de startpagina

# The team lead's satisfaction page (#18).
staff-nav-satisfaction = Tevredenheid
staff-satisfaction-title = Tevredenheid
staff-satisfaction-week = Week van maandag { $date }
staff-satisfaction-earlier = Week eerder
staff-satisfaction-later = Week later
staff-satisfaction-caption = Antwoorden per kanaal in deze week
staff-satisfaction-channel = Kanaal
staff-satisfaction-answers = Antwoorden
staff-satisfaction-average = Gemiddelde (1 tot 5)
staff-satisfaction-satisfied = Tevreden (4 of 5)
staff-satisfaction-channel-online-aanvraag = Online: aanvraag
staff-satisfaction-channel-online-terugbelverzoek = Online: terugbelverzoek
staff-satisfaction-channel-online-afspraak = Online: afspraak gemaakt
staff-satisfaction-channel-telefoon-aanvraag = Telefoon: aanvraag ingevuld door een medewerker
staff-satisfaction-channel-contact-telefoon = Telefoon: gevraagd aan het eind van het gesprek
staff-satisfaction-channel-contact-balie = Balie: gevraagd door de baliemedewerker
staff-satisfaction-channel-contact-e-mail = E-mail: vastgelegd contact
staff-satisfaction-channel-contact-bibliotheek = Bibliotheek: vastgelegd contact
staff-satisfaction-how-heading = Hoe deze cijfers tot stand komen
staff-satisfaction-how = Wij stellen overal dezelfde vraag: Hoe tevreden bent u over hoe wij u vandaag hebben geholpen? Het antwoord gaat van 1 (zeer ontevreden) tot 5 (zeer tevreden). Online staat de vraag op de bevestigingspagina; elk contact kan één keer antwoorden, tot 14 dagen later. Aan de telefoon en aan de balie vraagt de medewerker het en legt het antwoord vast bij het contact. Het gemiddelde is de som van de antwoorden gedeeld door het aantal. Tevreden is het deel van de antwoorden dat 4 of 5 is. Een week loopt van maandag tot en met zondag.
staff-satisfaction-follow-heading = Opvolgen
staff-satisfaction-follow-intro = Inwoners die ontevreden of zeer ontevreden waren en die gebeld mogen worden. Het oudste staat bovenaan. Bel de inwoner en zet het daarna op opgevolgd.
staff-satisfaction-no-follow-ups = Er is niemand om te bellen.
staff-satisfaction-kind-aanvraag = Aanvraag
staff-satisfaction-kind-terugbelverzoek = Terugbelverzoek
staff-satisfaction-kind-afspraak = Afspraak
staff-satisfaction-done = Opgevolgd
staff-satisfaction-mark = Opgevolgd: { $reference }
staff-satisfaction-followed = Het antwoord staat op opgevolgd.
staff-satisfaction-remarks-heading = Wat inwoners schreven
staff-satisfaction-no-remarks = Deze week schreef niemand iets.

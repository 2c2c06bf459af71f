# Loket: English. Plain English: short sentences, everyday words.
# Every key here is also in ../nl/main.ftl; a test checks both.

lang-own-name = English
lang-switch-label = Language

## Layout
municipality = Municipality of Voorbeeld
layout-skip-link = Skip to main content
layout-nav-label = Main menu
layout-nav-topics = All topics
layout-nav-help = Help and contact
layout-footer-demo = This is a demonstration. Names, numbers and amounts are examples.
layout-footer-accessibility = Accessibility
layout-footer-privacy = Privacy
title-suffix = { $title } - { municipality }
title-error-prefix = Error: { $title }

## Help block
help-title = Need help?
help-intro = Not working online? We are happy to help.
help-callback = Call me back
help-callback-text = We call you within 2 working days.
help-phone = Call us on
help-phone-hours = You can call Monday to Friday from 8.30 to 17.00.
help-visit = Visit us at the desk
help-visit-text = Come to the City Hall or to Wijkpunt Noord, without waiting.

## Shared form parts
summary-empty = Not filled in
summary-change = Change
error-summary-title = There is a problem
error-prefix = Error:
date-day = Day
date-month = Month
date-year = Year
button-continue = Continue
button-back = Back
optional = (optional)
yes = Yes
no = No

## Dates
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
date-time-at = { $date } at { $time }

## Date errors
date-empty = Fill in the date
date-missing-day = Also fill in the day
date-missing-month = Also fill in the month
date-missing-year = Also fill in the year
date-missing-day-month = Also fill in the day and the month
date-missing-day-year = Also fill in the day and the year
date-missing-month-year = Also fill in the month and the year
date-not-numbers = Fill in the date in numbers, like 15 3 2027
date-short-year = Fill in the year with 4 numbers, like 2027
date-no-such-date = This date does not exist. Check the day and the month

## Field errors
postcode-empty = Fill in the postcode
postcode-shape = Fill in a postcode like 1234 AB
postcode-unused = This postcode does not exist. Fill in a postcode like 1234 AB
house-number-empty = Fill in the house number
house-number-digits = Fill in the house number with numbers only, like 12
house-number-letter = Fill in only the numbers at house number. Put a letter like A at addition
house-number-range = Fill in a house number between 1 and 99999
addition-shape = An addition has at most 4 letters or numbers, like A or 2
name-empty = Fill in the name
name-too-long = A name can have at most 100 characters
name-characters = A name can only have letters, spaces, full stops, hyphens and apostrophes
email-shape = Fill in an email address like name@example.nl
phone-shape = Fill in a Dutch phone number, like 06 12345678 or 020 123 4567

## Display switch
display-summary = Change how the page looks
display-saved = Your display settings are saved.
display-size = Text size
display-size-standaard = Standard
display-size-groot = Large
display-size-extra-groot = Extra large
display-contrast = Contrast
display-contrast-standaard = Standard
display-contrast-hoog = High contrast
display-spacing = Extra space between lines and letters
display-spacing-hint = For some people that makes long texts easier to read.
display-calm = Less movement
display-calm-hint = Then nothing on the screen moves or blinks.
display-save = Save
display-changed = Changed:

## Read aloud
read-aloud-label = Read aloud
read-aloud-start = Read aloud
read-aloud-pause = Pause
read-aloud-resume = Continue
read-aloud-stop = Stop

## Home
home-title = Arrange it online
home-lead = Here you arrange things with the municipality. You can do that at any time of day.

## Error pages
error-404-title = This page does not exist
error-404-text = Maybe the address was typed wrongly. Or the page was removed.
error-405-title = This is not possible here
error-405-text = This page cannot handle this request. Go back and try again.
error-413-title = This is too much text
error-413-text = You sent more text than we can handle. Go back and make your answer shorter.
error-403-title = This form did not come from this website
error-403-text = That is why we did not handle it. Go to the home page and try again.
error-429-title = You tried too many times
error-429-text = A wrong code or link was used too many times. That is not safe. Try again in a quarter of an hour. Or call us, and we will help you.
error-400-title = We could not read this
error-400-text = Something went wrong with what you sent. Go back and try again.
error-500-title = Something went wrong on our side
error-500-text = Your details are not lost. Try again in a few minutes.
error-home-link = Go to the home page

## Shared page parts
step-of = Step { $number } of { $total }
start-what-you-need = What do you need?
start-kept = We keep your answers for 24 hours after your last answer. After that you start again.
start-now = Start now
start-rather-together = Rather do this with someone?
start-together-text = Call us or come by. How, you can read under
check-title = Check your answers
check-send-now = Send now
check-declaration = By sending this, you confirm that your answers are right.
check-missing = An answer is still missing.
check-continue-questions = Continue with the questions
sent-title = Sent
reference-is = Your reference number is
what-happens-now = What happens next?
copy-heading = Copy of your details
copy-received = We received this on { $at }.
copy-below = Below is what you sent. You can print or save this page.
copy-print-hint = To print, press Ctrl and P, or on a Mac Cmd and P.
label-reference = Reference number
label-received-at = Received on
label-postcode = Postcode
hint-postcode = For example 1234 AB
label-house-number = House number
label-addition = Addition (optional)
hint-addition = For example A or 2
label-email-optional = Email address (optional)
label-phone-optional = Phone number (optional)
label-email-short = Email address
label-phone-short = Phone number
hint-phone = For example 06 12345678
label-full-name = Full name
label-birth-date = Date of birth
hint-birth-date = For example 27 3 2012

## Bel mij terug
callback-name = Call me back
callback-lead = We call you within 2 working days. You choose when suits you best.
callback-hours-ochtend = between 9.00 and 12.00
callback-hours-middag = between 13.00 and 17.00
callback-slot-label = { $day }, { $hours }
origin-step = Step { $number }: { $title }
label-your-name = Your name
label-your-phone = Your phone number
label-your-email-optional = Your email address (optional)
label-name = Name
label-topic = Topic
label-when = When
label-note = Note
label-answers-shared = Answers sent along
hint-max-chars = At most { $max } characters.
button-send = Send
callback-phone-hint = For example 06 12345678. We only use this to call you.
callback-topic = What do you want us to call you about?
callback-topic-hint-prefilled = We filled in where you were. You can change this.
callback-topic-hint = For example: question about my move.
callback-slot = When is the best time for us to call you?
callback-note = Anything else you want to tell us? (optional)
callback-email-hint = Then we send you a confirmation of this request.
share-answers = Send my answers so far along
share-answers-hint = Then the staff member can continue where you stopped. We only send them if you tick this.
callback-error-name = Fill in your name
callback-error-phone = Fill in your phone number, so we can call you
callback-error-topic = Write what you want us to call you about
callback-error-topic-long = Write the topic in at most 150 characters. You can say more in the note
callback-error-slot = Choose when is the best time to call you
callback-error-note-long = Write your note in at most 500 characters
callback-cancelled-heading = Your call-back request is cancelled
callback-status-heading = We will call you back
callback-status-title = Call-back request { $reference }
callback-cancelled-text = We will not call you. Do you need help after all? Then ask for a call again.
callback-status-when = We call you on { $slot }. If that does not work, we call you on { $due } at the latest.
callback-status-number = We call from a number that starts with 14. If you do not answer, we try once more.
callback-status-keep = Keep this page. With the link you can view or cancel your request later.
callback-cancel = Cancel request
callback-your-request = Your request

## Afspraak aan de balie
clock = { $time }
clock-range = { $from } to { $to }
day-part-morning = Morning
day-part-afternoon = Afternoon
day-part-evening = Evening
visit-product-paspoort-id-kaart = Apply for a passport or ID card
visit-product-rijbewijs = Renew a driving licence
visit-product-verhuizing = Report a move
visit-product-bijzondere-bijstand = Special assistance
bring-current-passport = your current passport or ID card
bring-photo = a passport photo not older than 6 months
bring-current-licence = your current driving licence
bring-id = your passport, ID card or driving licence
bring-rent-or-deed = the rental contract or the deed of your new home
bring-income = proof of your income, such as a payslip
bring-bill = the bill or quote for the costs
visit-step-product = What are you coming for
visit-step-locatie = Location
visit-step-dag = Day
visit-step-tijd = Time
visit-step-gegevens = Your details
visit-free-day = { $day }: { $free ->
    [one] { $free } time free
   *[other] { $free } times free
}
visit-minutes = ({ $minutes } minutes)
visit-start-lead = Some things you arrange at the desk. For example a passport or a driving licence. Make an appointment here, then you do not have to wait.
visit-start-how = How it works
visit-start-how-1 = You choose what you are coming for.
visit-start-how-2 = You choose where, on which day and at what time.
visit-start-how-3 = You get a confirmation. It says what you need to bring.
visit-start-time = It takes about 3 minutes. Making an appointment is free.
visit-start-button = Make an appointment
visit-location-question = Where do you want to come?
visit-location-hint = The City Hall is open every working day. Wijkpunt Noord is open on Tuesday morning and Thursday afternoon.
visit-day-question = On which day do you want to come?
visit-day-hint = You see the days in the next 4 weeks that still have free times. Your appointment takes { $minutes } minutes.
visit-day-none = There are no free times at this location in the next 4 weeks.
visit-day-other-location = Choose another location
visit-day-or-call = or ask under Need help for us to call you.
visit-name-hint = So the staff member knows who is coming.
label-your-phone-optional = Your phone number (optional)
visit-email-hint = Then we send you a confirmation, and a reminder the day before.
visit-phone-hint = Then we can call you if the appointment cannot go ahead.
visit-share-answers-hint = Then the staff member at the desk can continue where you stopped. We only send them if you tick this.
visit-products-question = What are you coming for?
visit-products-hint = Choose everything you want to arrange in one visit.
visit-time-question = What time do you want to come?
visit-time-hint = These are the free times on { $day }. Your appointment takes { $minutes } minutes.
label-what-for = What for
label-where = Where
label-day = Day
label-time = Time
label-share-answers = Send answers along
visit-move-button = Change the appointment
visit-book-button = Make the appointment
visit-cancel-button = Cancel the appointment
visit-check-title = Check your appointment
visit-moved-heading = This appointment has been moved
visit-cancelled-heading = Your appointment is cancelled
visit-booked-heading = Your appointment is booked
visit-moved-text = You moved this appointment to another time.
visit-moved-link = See your new appointment
visit-cancelled-text = We do not expect you. Do you want to come after all? Then make a new appointment.
visit-new-link = Make a new appointment
visit-ics-remove = Remove the appointment from your calendar (ics file)
visit-bring-heading = What do you bring?
visit-on-time = Please be on time. Are you more than 10 minutes late? Then you may have to make a new appointment.
visit-calendar-heading = In your calendar
visit-ics-add = Add the appointment to your calendar (ics file)
visit-cannot-come-heading = Can you not come?
visit-cannot-come-text = Change or cancel the appointment. Then someone else can use that time. Keep this page: with the link you can come back later.
visit-manage-title = Appointment { $reference }
visit-your-visit = Your appointment
visit-error-product = Choose what you are coming for
visit-error-location = Choose where you want to come
visit-error-day = Choose a day that still has free times
visit-error-time = Choose a time
visit-error-taken = Someone else just chose this time. Choose another time.
visit-error-taken-times = Someone else just chose this time. Choose another time. These times are still free: { $times }.
visit-error-taken-day-full = Someone else just chose this time. That day is now full. Choose another day.
visit-error-day-gone = That day is no longer possible. Choose another day.

## Messages (email)
mail-greeting = Dear { $name },
mail-regards = Kind regards,
mail-resident = resident
mail-none = (none)
mail-bring = Please bring:
mail-visit-booked = You made an appointment at the desk.
mail-visit-moved = You changed your appointment. This is your new appointment.
mail-visit-received = We received your appointment on { $at }.
mail-visit-subject = Your appointment with the municipality ({ $reference })
mail-visit-manage = View, change or cancel: { $link }
mail-visit-ics = The appointment is also attached to this email as a file. With it you add it to your calendar.
mail-reminder-subject = Tomorrow your appointment with the municipality ({ $reference })
mail-reminder-tomorrow = Tomorrow you have an appointment at the desk.
mail-reminder-manage = Can you not come? Change or cancel the appointment: { $link }
mail-cancel-subject = Your appointment is cancelled ({ $reference })
mail-cancel-text = You cancelled your appointment. We do not expect you.
mail-cancel-new = With the file attached to this email you remove the appointment from your calendar. Do you want to come after all? Then make a new appointment: { $link }
mail-callback-subject = We will call you back ({ $reference })
mail-callback-received = You asked us to call you back. We received your request on { $at }.
mail-callback-when = We call you at the time you chose. If that does not work, we call you on { $due } at the latest.
mail-callback-manage = View or cancel: { $link }
mail-report-subject = Your report about the website ({ $reference })
mail-report-received = Thank you for your report about the accessibility of our website. We received it on { $at }.
mail-report-next = We look at your report within 5 working days and let you know what we do.
ics-summary = Appointment with the municipality: { $products }
label-number = Number
label-page = Page
label-problem = What went wrong
callback-error-limit = You already asked 3 times today to be called back. We will call you as soon as we can. In a hurry? Then call us yourself on 14 0123.

## Toegankelijkheid
a11y-lead = Everyone must be able to use this website. Also if you do not see well, do not hear well or find reading hard.
a11y-rules-heading = Which rules do we meet?
a11y-rules-1 = We follow the rules for accessible websites. These rules are called WCAG 2.2, level AA.
a11y-rules-2 = The government must follow these rules. We also think they matter.
a11y-privacy = What we keep about you and for how long is in the
a11y-check-heading = How do we check this?
a11y-check-intro = A computer checks every page, every time we change something on the website. It does so with and without JavaScript, and in every display mode.
a11y-check-1 = Does the page work on a narrow screen, without scrolling sideways?
a11y-check-2 = Can you make the text twice as large?
a11y-check-3 = Can you use everything with the keyboard alone? And can you see where you are?
a11y-check-4 = Does an error say clearly what is wrong and how to fix it?
a11y-check-5 = Is the language simple? Sentences have at most 20 words.
a11y-check-6 = Are the colours easy to read?
a11y-check-people = A computer cannot check everything. That is why people test too. For example, they use a screen reader or only their voice.
a11y-gaps-heading = What does not work well yet?
a11y-gap-error-pages = On error pages the Read aloud button does not work yet.
a11y-gap-read-aloud = Reading aloud only works if your browser can do it. Otherwise you do not see the button.
a11y-gap-people = The test with people who use a screen reader has not been done yet.
a11y-report-heading = Report a problem
a11y-report-sent-title = Report sent
a11y-report-thanks = Thank you for your report. The number of your report is
a11y-report-next = We look at your report within 5 working days. Did you give your email address? Then we tell you what we do.
a11y-report-intro = Is something not working on this website? Let us know. Then we fix it. You can also call 14 0123.
a11y-report-problem = What went wrong?
a11y-report-problem-hint = For example: I could not find the button with my screen reader. At most { $max } characters.
a11y-report-page = On which page was that? (optional)
a11y-report-page-hint = The address of the page, or its name.
a11y-report-email-hint = Then we tell you what we do with your report.
a11y-report-send = Send report
a11y-error-empty = Write what went wrong
a11y-error-long = Write the problem in at most 1000 characters

## Catalogue and search
topic-wonen = Housing and moving
topic-documenten = Passport, driving licence and extracts
topic-parkeren = Parking
topic-geld = Money and help
topic-afval-straat = Waste and the street
catalogue-channel-online = You arrange this online.
catalogue-channel-soon = Online soon. For now a staff member helps you.
catalogue-channel-counter = You arrange this at the desk, with an appointment.
catalogue-channel-personal = We discuss this with you in person.
catalogue-how-counter = Make an appointment
catalogue-how-personal = How we help you
catalogue-time-and-cost = How long does it take and what does it cost?
catalogue-fee = It costs { $amount }. This amount is an example.
catalogue-free = It is free.
search-label = Search
search-hint = Type what you want to arrange. For example: moving, passport or bulky waste.
search-button = Search
search-title = Search
search-results-for = Search results for ‘{ $query }’
search-empty = Type a word and choose Search.
search-none = We found nothing. Try another word. Or ask a staff member:
search-all-topics = See all topics
search-count = { $count ->
    [one] We found 1 topic.
   *[other] We found { $count } topics.
}
search-error-empty = Type a word to search for, for example passport

## The form engine (product forms from their product files)
answer-yes = Yes
answer-no = No
label-product = Product
form-optional = (optional)
form-consent-given = Yes, I agree
form-error-too-long = Your answer is too long. Use at most { $max } characters. It now has { $count }.
form-error-number = Enter a whole number with digits only, like 3
form-error-number-range = Enter a number from { $min } to { $max }
form-error-amount = Enter an amount in euros, like 250 or 1,250.50
form-error-amount-range = Enter an amount from { $min } to { $max }
form-error-date-before = Enter a date on or after { $date }
form-error-date-after = Enter a date on or before { $date }
form-person = Person { $number }
form-people-add = Add another person
form-people-max = You can enter { $max } people here. Are there more? Then please call us on 14 0123.
form-error-person-name = Fill in the name of person { $number }
form-error-person-birth-date = Fill in the date of birth of person { $number }
form-error-birth-future = The date of birth must be today or earlier
form-error-birth-old = Check the year of the date of birth
form-person-line = { $name }, born on { $date }
plate-empty = Enter the registration number
plate-shape = Enter a Dutch registration number, like 12-ABC-3 or AB-123-C
form-amount-hint = In euros. For example 1,250.50
form-plate-hint = For example 12-ABC-3. With or without dashes.
form-date-hint = For example 27 3 2027
form-checkboxes-hint = Choose all that apply.
form-select-choose = Choose from the list
form-copy-link = See a copy of your answers. You can print or save it.
form-send = Send your request
form-copy-title = Copy of your answers
form-copy-not-sent = You have not sent this yet.
form-copy-back = Back to your answers
form-sent-heading = We have received your request
form-receipt-sent = We have sent a confirmation to { $email }.
mail-form-subject = We have received your request ({ $reference })
mail-form-received = We received your request on { $at }. It is about: { $product }.
mail-form-reference = Your reference number is { $reference }. Quote this number when you call or email us.
mail-form-copy = This is what you filled in:
form-status-link-text = Do you want to see later how your request is going? Keep this link.
form-status-link = View my request
mail-form-status = How is your request going? Look here: { $link }

## "Mijn aanvraag": status of a request
label-status = Status
status-title = My request { $reference }
status-heading = My request
status-history = What has happened
status-keep = This link is only for you. Do not give it to others.
status-ontvangen = Received
status-ontvangen-text = We have received your request. A staff member will work on it.
status-in-behandeling = In progress
status-in-behandeling-text = A staff member is working on your request.
status-aanvulling-nodig = More information needed
status-aanvulling-nodig-text = We need something from you. It says what below. Do you have a question? Call us on 14 0123.
status-afgehandeld = Done
status-afgehandeld-text = Your request is complete.
status-afgewezen = Refused
status-afgewezen-text = We cannot grant your request. You get a letter with the reason. It also says how to object.
form-pickup-day = { $day } ({ $free ->
    [one] 1 place left
   *[other] { $free } places left
})
form-pickup-none = There is no free day in the coming weeks. Call us on 14 0123. Then we find a day together.
form-error-day-full = This day has just become full. Choose another day.

## Opslaan en later verder
form-save = Save and continue later
form-saved-title = Your answers have been saved
form-saved-code-is = Your code is
form-saved-until = We keep your answers until { $date }. Then we delete them.
form-saved-mailed = We have sent the code and a link to { $email }.
form-saved-no-mail = Write the code down. Or take a photo of this page.
form-saved-how = Continue later
form-saved-how-text = Then go to the page
form-saved-continue = Continue with { $product } now after all
form-resume-title = Continue with your request
form-resume-hint = Enter the code you got when you saved your answers. For example 7KQ4 M2XD.
form-resume-button = Continue
form-resume-error = We do not know this code, or the 30 days have passed. Check the code.
mail-saved-subject = Your code to continue later ({ $product })
mail-saved-text = You saved your answers. Your code is { $code }.
mail-saved-link = Continue with this link: { $link }
mail-saved-until = We keep your answers until { $date }.
form-count-left-one = You have 1 character left.
form-count-left = You have { $n } characters left.
form-count-over-one = You have 1 character too many.
form-count-over = You have { $n } characters too many.
form-photos-hint = A JPG or PNG photo of at most 5 MB. You can add 3. We remove the location and other details from the photo.
form-photos-choose = Choose photos
form-photos-added = These photos have been added:
form-photo-remove = Remove
form-error-photo-type = This file is not a photo. Choose a JPG or PNG file.
form-error-photo-size = This photo is larger than 5 MB. Choose a smaller photo.
form-error-photos-many = You can add at most { $max } photos. Remove a photo first.

privacy-title = Privacy statement
privacy-lead = We only ask what we need. And we do not keep it longer than needed.
privacy-what-heading = What do we keep and why?
privacy-what-text = We keep what you fill in on a form. We need it to handle your request. We do not give it to other companies.
privacy-cookies-heading = Which cookies do we use?
privacy-cookies-text = We only use cookies the website needs. One remembers your answers until you are done. One remembers your language. And one remembers how you want to see the website. We do not track you.
privacy-how-long-heading = How long do we keep it?
privacy-keep-drafts = Answers you did not send yet: { $hours } hours after your last change.
privacy-keep-saved = A form you saved for later: { $days } days.
privacy-keep-photos = Photos you did not send: { $days } days.
privacy-keep-messages = Emails we sent you: { $days } days after sending.
privacy-keep-callbacks = A request to call you back: { $days } days after it is done.
privacy-keep-visits = An appointment at the counter: { $days } days after the day of the appointment.
privacy-keep-handled = Your answers and photos with a request: { $days } days after we handled the request.
privacy-keep-product = For { $product }: { $days } days after handling.
privacy-keep-reports = We keep the number and the dates of a request longer. That way we can count how well we work. They hold no answers.
privacy-rights-heading = What are your rights?
privacy-rights-text = You may ask which data we have about you. You may also ask us to correct or delete it. Call us on 14 0123. Or come to the counter.

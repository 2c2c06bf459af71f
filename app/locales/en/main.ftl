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

## My request: who looked, and adding to it
status-looked-heading = Who looked at your request
status-looked-none = Nobody at the municipality has looked at your request yet.
status-looked = A { $role } of { $team } looked at or changed your request on { $at }.
status-addition-heading = We need something from you
status-addition-start = Send what we need
status-added = Thank you. We have received what you added.
addition-title = Add to your request
addition-back = Back to My request
addition-lead = This is what the staff member asked you:
addition-label = What you add
addition-hint = Write what was missing. You can use up to { $max } characters.
addition-send = Send
addition-error-empty = Write what you want to add
addition-error-too-long = What you wrote is too long. Make it shorter.
mail-status-subject = News about your request { $reference }
mail-status-changed = The status of your request { $product } is now: { $status }.
mail-status-message = Message from the municipality:
mail-status-link = See your request: { $link }
mail-addition-link = Send what we need through this link: { $link }

## Staff side
staff-header = Staff
staff-nav-label = Staff menu
staff-nav-start = Start
staff-nav-requests = Requests
staff-nav-access-log = Access log
staff-signed-in-as = Signed in as { $name } ({ $role }, { $team })
staff-sign-out = Sign out
staff-sign-out-everywhere = Sign out everywhere
staff-sign-in-title = Staff sign-in
staff-sign-in-lead = Sign in with your work address and password.
staff-email = Email address
staff-password = Password
staff-sign-in = Sign in
staff-sign-in-sso = Sign in with your municipality account
staff-sign-in-wrong = The email address or the password is not right. Please try again.
staff-sign-in-slowed = A wrong password was used too often. Wait 15 minutes, then try again.
staff-sign-in-expired = You were inactive for 30 minutes, or signed in for more than 10 hours. Please sign in again. What you typed in a form will still be there.
staff-sign-in-sso-failed = Signing in with your municipality account did not work. Please try again. Still not working? Ask the administrator for help.
staff-signed-out = You are signed out.
staff-start-title = Start
staff-start-requests = handle residents' requests.
staff-start-access-log = see who looked at which data.
staff-start-nothing-yet = There are no tasks here for your role yet.
staff-role-kcc = Contact centre agent
staff-role-balie = Counter clerk
staff-role-behandelaar = Case handler
staff-role-teamleider = Team leader
staff-role-beheer = Administrator
staff-requests-title = Requests
staff-requests-caption = Residents' requests
staff-received = Received
staff-norm = Days open
staff-assigned-to = Handler
staff-unassigned = Nobody
staff-sort-by = not sorted
staff-sorted-ascending = sorted, ascending
staff-sorted-descending = sorted, descending
staff-days-open = { $days } of { $norm } working days
staff-norm-overdue = Overdue
staff-norm-almost = Almost overdue
staff-addition-in = Addition received
staff-filter = Filter
staff-filter-all = All
staff-filter-overdue = Only overdue
staff-filter-mine = Only assigned to me
staff-filter-unassigned = Only without a handler
staff-filter-apply = Show
staff-list-none = No requests found.
staff-list-count = { $from } to { $to } of { $total } requests
staff-pages = Pages
staff-page-previous = Previous page
staff-page-next = Next page
staff-page-of = Page { $page } of { $pages }
staff-request-title = Request { $reference }
staff-back-to-list = Back to the requests
staff-take = Assign to me
staff-missing-asked = Asked of the resident
staff-change-heading = Change status
staff-request-closed = This request is closed. Its status cannot change any more.
staff-new-status = New status
staff-message = Message to the resident
staff-message-hint = The resident sees this message on My request. For more needed, write what is missing.
staff-message-hint-mail = The resident sees this message on My request and gets it by email. For more needed, write what is missing.
staff-change-status = Change status
staff-changed-meanwhile = A colleague has just changed this request. Its status is now: { $status }. Your message is still here. Check that it is still right and send it again.
staff-error-no-status = Choose a new status
staff-error-missing-what = Write what is missing
staff-error-too-long = The message is too long. Use at most { $max } characters.
staff-form-restored = What you typed before you had to sign in again is back. Check it and send it again.
staff-answers = The resident's answers
staff-photos = Photos
staff-photo-alt = Photo { $n } from the resident: { $name }
staff-additions = What the resident added
staff-log-title = Access log
staff-log-lead = This shows who looked at or changed which residents' data. Nobody can change this log.
staff-log-record = Search by record
staff-log-record-hint = For example a reference, such as VH-7KQ4-M2XD.
staff-log-export = Download as a CSV file
staff-log-count = { $total } rows
staff-log-caption = Access log, newest first
staff-log-when = When
staff-log-who = Staff member
staff-log-role = Role and team
staff-log-action = Action
staff-log-what = Record
staff-log-purpose = Purpose
staff-action-view = viewed
staff-action-change = changed
staff-action-export = exported
staff-action-search = searched
staff-error-forbidden = You have no access to this page.
staff-nav-reports = Accessibility reports
staff-start-reports = answer and close accessibility problems.
staff-reports-title = Accessibility reports
staff-reports-caption = Reports about accessibility, newest first
staff-reports-count = { $total } reports
staff-reports-back = Back to the reports
staff-report-title = Report { $reference }
staff-report-state-open = Open
staff-report-state-in-behandeling = In progress
staff-report-state-afgehandeld = Handled
staff-report-replies = Replies to the resident
staff-report-no-replies = No reply sent yet.
staff-report-reply = Reply to the resident
staff-report-reply-hint = The resident gave no email address. Keep a note here of what you did.
staff-report-reply-hint-mail = The resident gets this reply by email.
staff-report-close = This handles the report
staff-report-send = Save the reply
staff-report-closed = This report is handled.
staff-report-error-empty = Write a reply
staff-report-error-too-long = The reply is too long. Use at most { $max } characters.
mail-report-reply-subject = Reply to your report { $reference }
mail-report-reply = We have looked at your report about accessibility. This is our reply:

## Staff: the callback queue (KCC)
staff-nav-callbacks = Callbacks
staff-start-callbacks = call back residents who asked for it.
staff-callbacks-title = Callback requests
staff-callback-take-next = Take the next one
staff-callback-count = { $count ->
    [one] 1 open request
   *[other] { $count } open requests
}
callback-part-ochtend = Morning
callback-part-middag = Afternoon
staff-callback-group = { $part } ({ $hours }): { $count }
staff-callback-group-empty = No open requests for this part of the day.
staff-callback-filter-part = Part of the day:
staff-callback-filter-urgency = Due:
staff-callback-filter-holder = Taken by:
staff-callback-chosen-day = Chosen day
staff-callback-chosen = Chosen time
staff-callback-due = Call back by
staff-callback-attempts = Attempts
staff-callback-holder = Taken by
staff-callback-held-by-me = Me
staff-callback-overdue = Overdue
staff-callback-almost = Almost due
staff-callback-in-time = In time
staff-callback-title = Callback request { $reference }
staff-callback-back = Back to the callback requests
staff-callback-take = Take
staff-callback-held-by = { $name } has taken this request.
staff-callback-email = Email address known
staff-callback-state-open = Open
staff-callback-state-reached = Reached
staff-callback-state-missed = Not reached
staff-callback-state-cancelled = Cancelled by the resident
staff-callback-attempt-heading = Record an attempt
staff-callback-outcome = How did the call go?
staff-callback-outcome-hint = After { $after } times not reached the resident gets a message (if there is an email address) and the request is closed.
staff-callback-outcome-beantwoord = Reached: question answered
staff-callback-outcome-afspraak = Reached: counter visit booked
staff-callback-outcome-aanvraag = Reached: request started
staff-callback-outcome-doorgezet = Reached: passed to a department
staff-callback-outcome-niet-bereikt = Not reached
staff-callback-note = Note (optional)
staff-callback-note-hint = Only what a colleague needs. At most { $max } characters.
staff-callback-record = Record
staff-callback-release = Give back to the queue
staff-callback-error-outcome = Choose how the call went
staff-callback-error-note-long = The note is too long. Use at most { $max } characters.
staff-callback-answers = Answers of the resident
staff-callback-answers-of = Answers of the resident: { $product }
staff-callback-answers-hint = As the resident filled them in, not checked yet.
staff-callback-attempt-reached = Reached
staff-callback-attempt-missed = Not reached
staff-callback-no-attempts = No attempts yet.
staff-callback-notice-taken = You have taken this request. It stays yours for 30 minutes.
staff-callback-notice-busy = A colleague was just ahead of you: { $name } has taken this request.
staff-callback-notice-gone = This request is no longer yours. A colleague took it, or it was closed or cancelled.
staff-callback-notice-recorded = Attempt recorded for { $reference }. The request is back in the queue.
staff-callback-notice-reached = Call recorded for { $reference }. The request is closed.
staff-callback-notice-missed = { $reference } was not reached and is closed.
staff-callback-notice-released = { $reference } is back in the queue.
staff-callback-notice-empty = There is no free request left in the queue.
mail-callback-missed-subject = We could not reach you ({ $reference })
mail-callback-missed = You asked us to call you back. We called you twice, but we could not reach you.
mail-callback-missed-again = Do you still want us to call you? Ask again: { $link }

## Staff: contact registration
staff-nav-contact = Register a contact
staff-start-contact = register each contact by phone, at the counter, by email or at the library.
staff-contact-title = Register a contact
staff-contact-channel = How was the contact?
staff-contact-channel-telefoon = Phone
staff-contact-channel-balie = Counter
staff-contact-channel-e-mail = Email
staff-contact-channel-bibliotheek = Library
staff-contact-product = Which product was it about?
staff-contact-product-hint = Choose nothing if it was about something else. Then write the topic below.
staff-contact-product-none = No product
staff-contact-topic = Topic in a few words (optional)
staff-contact-topic-hint = No names or other personal data. At most { $max } characters.
staff-contact-result = How did it end?
staff-contact-result-zelf-afgehandeld = Handled in this contact
staff-contact-result-doorverbonden = Put through
staff-contact-result-terugbelverzoek = Callback request made
staff-contact-result-afspraak-gemaakt = Appointment made
staff-contact-result-aanvraag-gestart = Request started
staff-contact-satisfaction = How satisfied are you with how we helped you today?
staff-contact-satisfaction-hint = Ask this at the end of the contact. Choose the resident's answer.
staff-contact-satisfaction-1 = 1: very dissatisfied
staff-contact-satisfaction-2 = 2: dissatisfied
staff-contact-satisfaction-3 = 3: neither satisfied nor dissatisfied
staff-contact-satisfaction-4 = 4: satisfied
staff-contact-satisfaction-5 = 5: very satisfied
staff-contact-satisfaction-none = Not asked or no answer
staff-contact-save = Register
staff-contact-saved = The contact is registered. You can register the next one.
staff-contact-today = { $count ->
    [one] Registered by you today: 1 contact
   *[other] Registered by you today: { $count } contacts
}
staff-contact-time = Time
staff-contact-error-channel = Choose how the contact was
staff-contact-error-topic = Choose a product or write the topic
staff-contact-error-topic-long = The topic is too long. Use at most 150 characters.
staff-contact-error-result = Choose how the contact ended
staff-contact-error-satisfaction = Choose an answer from 1 to 5, or not asked

## Staff: one view of a resident (klantbeeld)
staff-nav-search = Search
staff-start-search = find a resident: requests, callback requests and visits.
staff-search-title = Find a resident
staff-search-intro = Fill in what you know. Everything you fill in must match. Every search goes into the access log.
staff-search-address = Address
staff-search-name = Name
staff-search-name-hint = The whole name, as the resident gave it.
staff-search-email = Email address
staff-search-reference-hint = For example TB-7KQ4-M2XD.
staff-search-button = Search
staff-search-count = { $count ->
    [0] Nothing found
    [one] 1 found
   *[other] { $count } found
}
staff-search-none = Nothing matches everything you filled in. Try filling in less.
staff-search-caption = Found, newest first
staff-search-kind = Kind
staff-search-when = Date
staff-search-about = About
staff-search-kind-aanvraag = Request
staff-search-kind-terugbelverzoek = Callback request
staff-search-kind-afspraak = Counter visit
staff-search-visit-geboekt = Booked
staff-search-visit-geannuleerd = Cancelled
staff-search-error-name = Fill in the whole name
staff-search-error-reference = Fill in a reference such as TB-7KQ4-M2XD
staff-search-error-nothing = Fill in at least one thing to search by

## Staff: the counter agenda
staff-nav-counter = Counter
staff-start-counter = receive, call and help today's visitors.
staff-counter-title = Counter { $location }, { $day }
staff-counter-places = Locations
staff-counter-previous-day = Previous day
staff-counter-next-day = Next day
staff-counter-waiting-room = Waiting-room screen
staff-counter-none = There are no visits on this day.
staff-counter-caption = { $count ->
    [one] 1 visit, by time
   *[other] { $count } visits, by time
}
staff-counter-time = Time
staff-counter-products = What for and what to bring
staff-counter-next = Next step
staff-counter-minutes = { $minutes } minutes
staff-counter-walk-in = Walk-in
staff-counter-walk-in-legend = Register a walk-in: what does the resident come for?
staff-counter-walk-in-button = Register walk-in
staff-counter-check-in = Arrived
staff-counter-not-come = Did not come
staff-counter-counter = Counter
staff-counter-call = Call
staff-counter-start = Start
staff-counter-done = Done
staff-counter-called-to = { $number } to counter { $counter }
staff-counter-waited = Waited { $minutes } minutes
staff-counter-stage-expected = Expected
staff-counter-stage-arrived = Arrived
staff-counter-stage-called = Called
staff-counter-stage-at-counter = At the counter
staff-counter-stage-helped = Helped
staff-counter-stage-not-come = Did not come
staff-counter-notice-checked-in = Arrived. The number is { $value }.
staff-counter-notice-called = { $value } has been called.
staff-counter-notice-started = Started: { $value }.
staff-counter-notice-done = Done: { $value }.
staff-counter-notice-not-come = Did not come: { $value }.
staff-counter-notice-walk-in = Walk-in registered. The number is { $value }.
staff-counter-notice-full = There is no free time left today for { $value }. Offer a visit on another day.
staff-counter-notice-no-products = Choose what the resident comes for.{ $value }
staff-counter-notice-already = This was done already: { $value }. A colleague may have been first.
waiting-room-title = Waiting room { $location }
waiting-room-called = Called
waiting-room-line = { $number } to counter { $counter }
waiting-room-none = Nobody called yet.
staff-counter-notice-too-early = Did not come can only be chosen 15 minutes after the start: { $value }.
waiting-room-renew = Refresh
mail-visit-closed-subject = Your visit cannot take place ({ $reference })
mail-visit-closed = The counter at { $place } is closed on { $date }. So your visit at { $time } cannot take place. We are sorry.
mail-visit-closed-again = Choose a new day and time: { $link }

## Staff: opening hours and closures
staff-nav-opening = Opening hours
staff-start-opening = close a day or give it other opening hours.
staff-opening-title = Opening hours and closures
staff-opening-hours = { $open } to { $close }
staff-opening-closed = closed
staff-opening-counters = { $count ->
    [one] 1 counter
   *[other] { $count } counters
}
staff-opening-changes = Changes from today
staff-opening-no-changes = There are no changes. The usual hours apply.
staff-opening-location = Location
staff-opening-hours-heading = Open
staff-opening-reason = Reason
staff-opening-reason-hint = For colleagues. At most 200 characters.
staff-opening-new = Change a day
staff-opening-date = Date
staff-opening-date-hint = For example 24-12-2026.
staff-opening-kind = What changes?
staff-opening-kind-closed = The location is closed that day
staff-opening-kind-open = The location is open that day, at these times
staff-opening-opens = Open from
staff-opening-closes = Open until
staff-opening-times-hint = Only when the location is open. For example 9.00 and 12.30.
staff-opening-save = Save
staff-opening-saved = The change is saved. Residents see it at once when they book.
staff-opening-usual = Usual hours
staff-opening-usual-hint = These are in the location files (app/locations). Public holidays are always closed.
staff-opening-affected = { $count ->
    [one] On { $day } there is 1 visit at { $location }
   *[other] On { $day } there are { $count } visits at { $location }
}
staff-opening-affected-hint = These visits stay booked. Contact these residents and help them choose a new time.
staff-opening-affected-caption = Visits on the closed day
staff-opening-send = { $count ->
    [one] Send 1 resident a message with a link to move the visit
   *[other] Send { $count } residents a message with a link to move the visit
}
staff-opening-messaged = { $count ->
    [one] 1 message has been sent.
   *[other] { $count } messages have been sent.
}
staff-opening-error-location = Choose a location
staff-opening-error-date = Fill in a date from today, such as 24-12-2026
staff-opening-error-hours = Fill in two times, such as 9.00 and 12.30. The first is earlier.
staff-opening-error-kind = Choose what changes
staff-opening-error-reason = Write the reason
staff-opening-error-reason-long = The reason is too long. Use at most 200 characters.

# "Verder met het formulier": the agent completes the product form on the phone.
staff-callback-form-heading = Fill in the form with the resident
staff-callback-form-hint = Fill in the form { $product } together with the resident. What the resident already filled in is there. You send it as a request by phone; the resident gets the confirmation when an email address is in it.
staff-callback-form = Continue with the form
staff-callback-notice-form-sent = The request was sent. Now record how the call went: "Request started" and the request's reference are filled in.
staff-callback-notice-no-form = This topic has no form you can fill in here.
form-registrar-banner = You are filling in this form with the resident on the phone (callback request { $reference }). When sent, it becomes a request by phone, with you as the staff member.
form-registrar-back = Back to the callback request
staff-channel = Received through
staff-channel-online = Online, by the resident
staff-channel-phone = Phone, filled in by { $name }

# The one satisfaction question (#18).
survey-invite-heading = One question about today
survey-invite-text = How satisfied are you with how we helped you today? Answering is optional and takes half a minute. We use it to get better.
survey-invite-link = Answer the question
survey-title = How did we help you?
survey-lead = One question, then you may tell us more. Only the question about satisfaction is needed.
survey-question = How satisfied are you with how we helped you today?
survey-score-1 = Very dissatisfied
survey-score-2 = Dissatisfied
survey-score-3 = Neither satisfied nor dissatisfied
survey-score-4 = Satisfied
survey-score-5 = Very satisfied
survey-improve = What could we do better? (optional)
survey-improve-hint = Do not write a name, address or citizen service number. You can use up to { $max } characters.
survey-call = May we call you about this? (optional)
survey-call-hint = A team lead will then call you on the number we have for you.
survey-call-yes = Yes, you may call me
survey-call-no = No
survey-send = Send answer
survey-error-score = Choose how satisfied you are
survey-error-long = Your text is too long. Use up to { $max } characters
survey-error-call = Choose whether we may call you
survey-thanks-title = Thank you
survey-thanks = Your answer has been received.
survey-thanks-next = We read every answer. It shows us what goes well and what must get better.
survey-answered = You have already answered this question. Thank you.
survey-gone = This link no longer works. You can answer the question up to 14 days after your contact with us.
survey-home = To the home page

# The team lead's satisfaction page (#18).
staff-nav-satisfaction = Satisfaction
staff-satisfaction-title = Satisfaction
staff-satisfaction-week = Week of Monday { $date }
staff-satisfaction-earlier = Week before
staff-satisfaction-later = Week after
staff-satisfaction-caption = Answers per channel this week
staff-satisfaction-channel = Channel
staff-satisfaction-answers = Answers
staff-satisfaction-average = Average (1 to 5)
staff-satisfaction-satisfied = Satisfied (4 or 5)
staff-satisfaction-channel-online-aanvraag = Online: request
staff-satisfaction-channel-online-terugbelverzoek = Online: callback request
staff-satisfaction-channel-online-afspraak = Online: visit booked
staff-satisfaction-channel-telefoon-aanvraag = Phone: request filled in by a staff member
staff-satisfaction-channel-contact-telefoon = Phone: asked at the end of the call
staff-satisfaction-channel-contact-balie = Counter: asked by the clerk
staff-satisfaction-channel-contact-e-mail = Email: registered contact
staff-satisfaction-channel-contact-bibliotheek = Library: registered contact
staff-satisfaction-how-heading = How these figures are made
staff-satisfaction-how = One question, the same everywhere: "How satisfied are you with how we helped you today?" The answer goes from 1 (very dissatisfied) to 5 (very satisfied). Online the question is on the confirmation page; each contact can answer once, up to 14 days later. On the phone and at the counter the staff member asks it and registers the answer with the contact. The average is the sum of the answers divided by their number. Satisfied is the share of answers that are 4 or 5. A week runs from Monday to Sunday.
staff-satisfaction-follow-heading = Follow up
staff-satisfaction-follow-intro = Residents who were dissatisfied or very dissatisfied and who may be called. The oldest is at the top. Call the resident, then mark it as followed up.
staff-satisfaction-no-follow-ups = There is nobody to call.
staff-satisfaction-kind-aanvraag = Request
staff-satisfaction-kind-terugbelverzoek = Callback request
staff-satisfaction-kind-afspraak = Visit
staff-satisfaction-done = Followed up
staff-satisfaction-mark = Followed up: { $reference }
staff-satisfaction-followed = The answer is marked as followed up.
staff-satisfaction-remarks-heading = What residents wrote
staff-satisfaction-no-remarks = Nobody wrote anything this week.

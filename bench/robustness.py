#!/usr/bin/env python3
"""How well careerbot keeps its answers when a question is asked the way Discord asks it.

Usage (from the repository root):  python3 bench/robustness.py [--every] [QUESTIONS.jsonl]

It takes the answerable questions careerbot already answers right (top-1) and rewrites each
one, seeded so every run writes the same questions, in five ways people really write:

  typo       one typing slip in one word of five letters or more (a letter dropped, two
             swapped, one doubled, a vowel changed, a neighbouring key hit);
  opener     a greeting or framing before it ("first time posting here - ");
  closer     courtesy after it (" thanks in advance!");
  context    a sentence about the asker before it ("I'm from Ohio. ");
  shorthand  chat spellings ("hw", "jb", "dis", "4", "2") in place of the words.

Each rewritten set is scored with `careerbot eval`; the figure is the share of right answers
that survive, and the share wrongly declined instead. Openers, closers and contexts come in
thirty-seven lists: the first two were studied while the engine was built, the third was not (it
shares only "thanks in advance" with them) until its contexts and openers were studied too; the
fourth, written in a later round and run unstudied at its end, was studied in the round after;
the fifth, written before that study began, was studied in the round after it, and so were the
sixth, written while the fifth was studied, the seventh, written before the sixth was studied,
the eighth, written before the seventh was studied, the ninth, written before the eighth was
studied, the tenth, written before the ninth was studied, the eleventh, written before the tenth
was studied, the twelfth, written before the eleventh was studied, the thirteenth, written
before the twelfth was studied, the fourteenth, written before the thirteenth was studied, the
fifteenth, written before the fourteenth was studied, the sixteenth, written before the
fifteenth was studied, the seventeenth, written before the sixteenth was studied, the
eighteenth, written before the seventeenth was studied, the nineteenth, written before the
eighteenth was studied, the twentieth, written before the nineteenth was studied, the
twenty-first, written before the twentieth was studied, the twenty-second, written before the
twenty-first was studied, the twenty-third, written before the twenty-second was studied, the
twenty-fourth, written before the twenty-third was studied, the twenty-fifth, written before the
twenty-fourth was studied, the twenty-sixth, written before the twenty-fifth was studied, the
twenty-seventh, written before the twenty-sixth was studied, the twenty-eighth, written before
the twenty-seventh was studied, the twenty-ninth, written before the twenty-eighth was studied,
the thirtieth, written before the twenty-ninth was studied, and the thirty-first, written before
the thirtieth was studied, and the thirty-second, written before the thirty-first was studied,
and the thirty-third, written before the thirty-second was studied, and the thirty-fourth,
written before the thirty-third was studied, and the thirty-fifth, written before the
thirty-fourth was studied, and the thirty-sixth, written before the thirty-fifth was studied;
the thirty-seventh, written before the thirty-sixth was studied, is not studied, and is the fair
figure.

With `--every` it rewrites every answerable question instead, right or not, so two builds
(another commit's, say) can be compared on the very same texts: the share kept depends on which
answers were right to start with, and a build that answers more questions right keeps a larger,
harder set. The figure is then the share answered right.

Needs a release build (`cargo build --release`); the default question set is the golden set.
"""

import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CAREERBOT = ROOT / "target" / "release" / "careerbot"

OPENERS = [
    ["hey guys, quick question: ", "hi! ", "ok so ", "sorry if this is dumb but ",
     "random q but ", "hello everyone. ", "can someone tell me ", "anyone know ",
     "quick q - ", "I'm new here. "],
    ["yo, ", "hey all! ", "question for the group: ", "not sure if this is the right channel but ",
     "apologies in advance, ", "first time posting here - ", "ok real talk: ",
     "genuine question, ", "hi there, hoping someone can help. ", "good morning! "],
    ["Hey! ", "So basically, ", "Question: ", "hey, kinda new to all this, ",
     "Hi all, long time lurker. ", "Hope this is ok to ask - ", "morning folks, ",
     "Alright so ", "Quick one: ", "Hi, I have a question. "],
    # The fourth lists were written in a later round, the fifth in the one after, the sixth in the
    # one after that, the seventh in the next, the eighth to twenty-fifth in the eighteen after
    # (see the README).
    ["hey everyone! ", "ok dumb question maybe, ", "hopefully someone can answer this: ", "hello, new member here. ", "does anyone here know ", "mods pls delete if not allowed, ", "quick question guys ", "Hi folks. ", "real question: ", "not sure where to ask this but "],
    ["sup everyone, ", "Good evening! ", "I have a question about this career: ",
     "hey so I was wondering ", "this might be a silly question but ", "so my question is ",
     "hi friends! ", "Can anyone help? ", "Heyy, ", "Greetings! "],
    ["Hello! ", "yo quick one, ", "Okay so I've been wondering, ", "Hey team. ",
     "pardon the noob question but ", "lol ok so ", "Hi everybody, first post! ",
     "Question for anyone who knows: ", "Sorry to bother you all, ", "Evening all - "],
    ["Hey there! ", "ok weird question, ", "Quick sanity check: ", "hi hi ",
     "Been lurking for a while, ", "Can I ask something? ", "So here's my question: ",
     "Yo yo, ", "Hey, hope everyone's doing well. ", "Sorry, another question: "],
    ["Heya! ", "idk if this was asked before but ", "Morning! ", "Hey hey, ",
     "Trying to figure something out - ", "bit of a newbie here, ", "hello hello! ",
     "Posting because I'm stuck: ", "random thought, ", "Hi, new to the server. "],
    ["Hi y'all, ", "ok serious question: ", "Not gonna lie, I'm confused. ", "hey quick thing, ",
     "Newbie question: ", "Hellooo ", "So I've been reading about this. ", "Hiya! ",
     "Question for the pros: ", "Sorry if this is obvious, "],
    ["Hey folks! ", "okay so random question, ", "Long story short, ", "Hi, first time here. ",
     "Curious about something: ", "Real quick, ", "Asking here since nobody at work knows: ",
     "Good afternoon everyone. ", "So um, ", "Help me understand something: "],
    ["Hey all, quick one. ", "Not sure if this belongs here, but ", "Hi guys! Newbie here. ",
     "Question for y'all: ", "Ok so here's the thing, ", "Morning all, ", "Just wondering, ",
     "Can't find this anywhere: ", "Yo what's up, ", "Hey, thanks for having me here. "],
    ["Hi again! ", "Okay question, ", "Been wondering this for a while: ", "Hello from a newbie! ",
     "hey so ", "Ugh okay, ", "Gm everyone! ", "Brand new here, ", "Wondering if anyone can help - ",
     "Heyo, "],
    ["Hi, hope it's okay to post this. ", "Quick question for the experienced folks: ",
     "Hello! Long time no see. ", "Okay, so, ", "Been meaning to ask: ", "Heyyy ",
     "Forgive me if this has been asked, ", "Hi, I'm Sam. ", "wait, ", "Evening! "],
    ["Hey, so I have kind of a weird situation. ", "Quick poll: ", "Sorry to jump in, ",
     "hi!! first time poster ", "Ok I need some advice. ", "Hey hey hey, ",
     "Can I pick your brains? ", "Late night question: ", "Bear with me here, ", "Howdy! "],
    ["Hi everyone, hope you're all well. ", "Thinking out loud here: ", "Sorry for the random ping, ",
     "So, career question. ", "Hey, newbie alert! ", "Hello, I hope this is the right place. ",
     "Can somebody clear this up? ", "Morning y'all! ", "Need some input: ", "ok so hear me out, "],
    ["Hey, long-time reader, first-time asker. ", "Question that's been bugging me: ",
     "Apologies if this is off-topic, ", "Hoping the experts can weigh in: ",
     "So I'm kind of lost here. ", "Hey gang! ", "Mind if I ask something? ",
     "Not trying to spam, but ", "Tiny question, ", "Ahoy! "],
    ["Calling all coordinators! ", "Okay, here's one I keep wondering about: ",
     "Excuse the basic question, ", "Hey folks, quick check-in. ", "Settle a debate for me: ",
     "G'day! ", "Something I've never understood: ", "Hi, I'm brand new. ",
     "Straight to the point: ", "Could use a hand. "],
    ["Greetings, fellow humans! ", "Okay, bit of a strange one: ", "Pardon my ignorance, ",
     "Hey crew, hope all is well. ", "Can someone weigh in? ", "Salutations! ",
     "This has always puzzled me: ", "Total beginner here. ", "Short version: ",
     "Need a second opinion. "],
    ["Top of the morning! ", "Weird one for you: ", "Might be a daft question, ",
     "Hey there, friends. ", "Does anybody have experience with this? ", "Ciao! ",
     "I keep going back and forth on this: ", "Complete newcomer to healthcare here. ",
     "TL;DR: ", "Looking for some honest answers. "],
    ["Happy Friday, all! ", "Strange question incoming: ", "Probably a stupid thing to ask, but ",
     "Hiya folks, hope the week's going well. ", "Has anyone here been through this? ", "Hola! ",
     "Torn on something: ", "Career switcher here, zero healthcare background. ", "Basically: ",
     "Would love a straight answer. "],
    ["Good day, everyone. ", "Odd question, maybe: ", "Hoping this isn't a repeat, but ",
     "Has anyone got a minute? ", "Namaste! ", "Stuck deciding something: ",
     "Ex-retail worker here, totally new to all of this. ", "In short: ",
     "Would really value an honest take. ", "Sorry in advance for the length, "],
    ["Evening, everyone! ", "Possibly a naive question: ", "Apologies if this was covered already, but ",
     "Does anyone have a sec? ", "Bonjour! ", "Weighing my options here: ",
     "Former barista, brand new to the medical world. ", "Quick version: ",
     "I'd appreciate a candid answer. ", "This got long, sorry, "],
    ["Afternoon, folks! ", "Curious question: ", "Forgive me if this is obvious, but ",
     "Is anyone around to help? ", "Salaam! ", "Mulling something over: ",
     "Ex-cashier, zero clinical experience. ", "Bottom line: ",
     "Could really use some frank advice. ", "Bear with me, this is a long one: "],
    ["Howdy, all! ", "Slightly odd one: ", "Pardon me if this is basic, but ",
     "Anybody free to weigh in? ", "Konnichiwa! ", "Second-guessing myself here: ",
     "Former line cook, new to healthcare entirely. ", "The gist: ",
     "I'd love some brutally honest input. ", "Heads up, this is a bit of a ramble: "],
    ["Warm greetings, all! ", "Possibly a dumb one: ", "Excuse my ignorance, but ",
     "Is this a good spot to ask? ", "Shalom! ", "Going round in circles here: ",
     "Former bank teller, healthcare newbie. ", "Summary: ", "Please be blunt with me. ",
     "Long post incoming, sorry: "],
    ["Hi, lovely people! ", "Kind of a left-field one: ", "Sorry if I sound clueless, but ",
     "Got a moment for a newbie? ", "Hej! ", "Flip-flopping on this: ",
     "Ex-hairstylist, no medical background at all. ", "Essentially: ", "Give it to me straight. ",
     "Warning, wall of text ahead: "],
    ["Salutations, everyone! ", "Bit of an offbeat question: ", "Could be a silly thing to ask, but ",
     "Mind if a newcomer asks something? ", "Merhaba! ", "Torn on this one: ",
     "Ex-barista, totally new to healthcare. ", "In a nutshell: ", "Don't sugarcoat it, please. ",
     "Brace yourselves, this runs long: "],
    ["Greetings from a longtime lurker! ", "Here's a weird one: ",
     "Feel free to delete if off-topic, but ", "Could someone spare a minute? ", "Aloha! ",
     "Can't make up my mind: ", "Former call-centre agent, no clinical training whatsoever. ",
     "To cut to the chase: ", "Honest opinions only, please. ",
     "Apologies, this turned into an essay: "],
    ["Hiya, kind strangers! ", "This one's a bit out there: ", "Pardon my cluelessness, but ",
     "Would anyone be up for a quick question? ", "Zdravo! ", "Dithering over this: ",
     "Retired postal worker, zero healthcare experience. ", "Here's the crux: ",
     "Brutal honesty welcome. ", "Grab a coffee, this is lengthy: "],
    ["Ey up, everyone! ", "Slightly left-of-centre question: ",
     "Not sure I'm even asking this right, but ", "Room for one more question? ", "Sawubona! ",
     "Wavering between options here: ", "Ex-lifeguard with no hospital background. ",
     "Boiled down: ", "Pull no punches, please. ", "Settle in, this one's wordy: "],
    ["Evening, helpful humans! ", "Possibly a weird angle: ", "I may be overthinking this, yet ",
     "Got room for a newcomer's query? ", "Kia ora! ", "Can't settle this in my head: ",
     "Former bartender, never set foot in a clinic. ", "Stripped right back: ",
     "Sugar-coating not required. ", "Settle in, I ramble: "],
    ["Howdy, good folks! ", "Offbeat query incoming: ", "This might be obvious to you all, however ",
     "Mind if I jump in with a question? ", "Kumusta! ", "My head says one thing, my gut another: ",
     "Spent ten years in logistics, zero patient contact. ", "Plain and simple: ",
     "Straight answers appreciated. ", "Rambly post, forgive me: "],
    ["Hey hey, wonderful people! ", "Here's an odd duck of a question: ",
     "Probably a silly one, although ", "Got a spare minute for a stranger? ", "Jambo! ",
     "My brain keeps ping-ponging on this: ",
     "Twelve years stocking shelves, never worked in healthcare. ", "Distilled to one line: ",
     "Spare me the PR spin. ", "Rant-adjacent, grab popcorn: "],
    ["Salutations, brain trust! ", "Curveball question for you all: ",
     "Feel free to laugh at this one, but ", "Okay if a lurker pipes up? ", "Sat sri akal! ",
     "Torn down the middle about this: ",
     "Eight years driving a forklift, nothing medical on my resume. ", "Bare bones version: ",
     "Candour over comfort, please. ", "Buckle up, this gets long: "],
    ["Ahoy there, crew! ", "Here's a head-scratcher: ", "Feeling a bit dim asking, but ",
     "Anyone awake to field a question? ", "Namaskaram! ", "Heart says yes, head says maybe: ",
     "Nine years as a bus driver, no hospital experience whatsoever. ", "Quick and dirty: ",
     "No sugar-coating, please. ", "Settle in, this is a wall of text: "],
    ["Howdy-doo, night owls! ", "Puzzle for the room: ", "Probably a daft one, but ",
     "Is anybody around to answer something? ", "Mingalaba! ", "Split fifty-fifty on this: ",
     "A decade in a call centre, zero clinical background. ", "Cliff notes version: ",
     "Unvarnished truth wanted. ", "This will take a minute to read: "],
    ["Hey hey, insomniac club! ", "Riddle me this: ", "Might sound clueless, but ",
     "Could someone spare thirty seconds? ", "Dia duit! ", "My gut and my spreadsheet disagree here: ",
     "Fifteen years in retail banking, no patient contact ever. ", "Stripped to essentials: ",
     "Tell it like it is. ", "Warning, novel ahead: "],
]
CLOSERS = [
    [" thanks!", " lol", " ty in advance", " 🙏", " asking for a friend",
     " any help appreciated", " thx"],
    [" cheers", " much appreciated", " :)", " thank you so much", " (sorry for my english)",
     " 😅", " any advice?"],
    [" Thanks in advance!", " Appreciate it.", " 🙂", " (asking for myself lol)",
     " if anyone knows", " Thank you!!", " pls help"],
    [" thanks y'all", " ty!!", " (on mobile sorry)", " any input helps", " thank u", " appreciate any answers", " cheers all", " lmk", " 🙏🙏", " thanks for reading"],
    [" thanks so much guys", " any info would be great", " ??", " thx in adv", " (new here)",
     " appreciate y'all", " tia", " 😊", " would love to hear from anyone", " thanks a bunch"],
    [" thanks everyone!", " appreciate the help", " (asking for my daughter)", " ty ty",
     " any thoughts?", " 🤔", " thanks in advance everyone", " plz", " grateful for any replies",
     " ok thanks"],
    [" thanks heaps", " any tips?", " (throwaway account)", " thank youuu", " tysm", " 💀",
     " much love", " ty all", " would appreciate any insight", " let me know pls"],
    [" thanks fam", " appreciate u", " 🙌", " (sorry if repost)", " cheers mate", " anyone?",
     " tyvm", " thanks a ton!", " help a girl out", " no rush"],
    [" thanks again", " appreciate it guys!", " 😭", " (first post)", " any help is appreciated",
     " ty so much", " halp", " thank you kindly", " 🙇", " thoughts?"],
    [" thanks in advance y'all", " 🙏🏼", " (long time lurker)", " appreciate any advice!",
     " please and thank you", " idk", " asking for a coworker", " cheers!!", " thx a lot", " 👀"],
    [" thanks all!", " 🙏🙏🙏", " (sorry if this is a dumb q)", " any insight appreciated", " ty guys",
     " thanks a million", " lol help", " (new to discord)", " tia everyone", " 🤷‍♀️"],
    [" thank you in advance!!", " 🥺", " (english isn't my first language)", " appreciate you all",
     " would be super helpful", " anyone??", " kthx", " (asking for my son)", " 😩",
     " thanks guys, you're the best"],
    [" thanks so so much", " (be honest)", " 🙂🙂", " thx all", " any guidance appreciated",
     " asking for my wife", " ty in advance!!", " sorry for the long post", " haha",
     " any replies welcome"],
    [" thanks a lot!", " (sorry, on my phone)", " 🤞", " any help pls", " appreciate the replies",
     " asking for my brother", " thank you 🙏", " much obliged", " hope that makes sense",
     " happy holidays!"],
    [" thank you all so much!", " (excuse the typos)", " ✨", " any pointers?",
     " appreciate your time", " asking for my mom", " ty 💕", " would love some advice",
     " sorry if that's confusing", " have a good one!"],
    [" thanks in advance, legends", " (sorry for rambling)", " 🫶", " any wisdom?",
     " cheers for any help", " asking for my partner", " thank you!!! 😊",
     " hope someone can chime in", " sorry if this is the wrong channel", " take care!"],
    [" many thanks in advance", " (first post, be gentle)", " 🌷", " any advice welcome",
     " thanks for listening", " asking for my cousin", " ty all!! 🥰", " hoping someone knows",
     " not sure I worded that right", " have a lovely evening"],
    [" thanking you in advance", " (go easy on me)", " 🌻", " all opinions welcome",
     " appreciate you reading", " asking on behalf of my nephew", " thx everyone 😄",
     " fingers crossed someone answers", " hopefully that's clear", " enjoy your weekend"],
    [" much appreciated, truly", " (bit nervous posting this)", " 🌞", " any perspective helps",
     " thanks for taking the time", " asking for my stepdad", " ta very much",
     " keen to hear your takes", " let me know if that makes no sense", " have a great week ahead"],
    [" many thanks, really", " (hope this isn't a silly one)", " 🌈", " any stories appreciated",
     " thanks for your patience", " asking for my girlfriend", " props to anyone who replies",
     " curious what you all think", " happy to clarify if needed", " have a restful sunday"],
    [" cheers in advance, folks", " (apologies for the wall of text)", " 🌟",
     " any experiences welcome", " grateful for your help", " asking for my fiancé",
     " bless you all", " would value your thoughts", " hope I explained that ok",
     " have a good night, everyone"],
    [" thanks loads, everyone", " (sorry, this got long)", " 💫", " any first-hand accounts welcome",
     " thankful for any replies", " asking for my boyfriend", " you're all stars",
     " would appreciate your opinions", " hope that came across clearly", " sleep well, all"],
    [" a thousand thanks", " (mods, move this if needed)", " 🍀",
     " keen to hear from anyone who's done it", " indebted to anyone who answers", " asking for my nephew",
     " you all rock", " keen on your views", " hopefully that reads ok",
     " stay warm out there"],
    [" huge thanks, team", " (on mobile, excuse typos)", " 🍂",
     " any insight from people in the field appreciated", " appreciative of any guidance",
     " asking for my roommate", " you lot are the best", " eager to hear what you think",
     " fingers crossed this is clear", " wishing you all a calm night"],
    [" cheers, legends", " (typing this on my lunch break)", " 🪴",
     " any input from working coordinators welcome", " would be grateful for pointers",
     " asking for my sister-in-law", " this server is gold", " dying to know what you all reckon",
     " hope my question makes sense", " have a peaceful weekend, folks"],
    [" thanks a heap, pals", " (posting from the bus, forgive typos)", " 🌙",
     " any word from folks on the job welcome", " I'd be thankful for any tips",
     " asking on my stepsister's behalf", " this community rocks", " can't wait to hear your thoughts",
     " hope this reads alright", " enjoy the rest of your day, folks"],
    [" many thanks, friends", " (sent from my phone, pardon the typos)", " 🍵",
     " any perspective from current coordinators welcome", " would really value your pointers",
     " asking for my godson", " love this group", " looking forward to your replies",
     " hope that's clear enough", " wishing everyone a relaxing Sunday"],
    [" thanks a bundle, crew", " (writing this between shifts, sorry for any typos)", " 🐝",
     " any takes from people already doing this job welcome", " I'd be so grateful for advice",
     " asking for my great-aunt", " this place is a lifesaver", " awaiting your wisdom",
     " hope I've phrased this properly", " catch you all later"],
    [" thanks loads, lovelies", " (on my tablet, excuse any autocorrect)", " 🦊",
     " input from seasoned coordinators appreciated", " any guidance would mean a lot",
     " asking for a mate from church", " y'all are gems", " eager to read your answers",
     " hopefully I worded that okay", " signing off for now"],
    [" grateful as ever, gang", " (thumb-typing on a phone, sorry)", " 🦉",
     " perspectives from veterans of the role welcome", " any pointers would be treasured",
     " asking for a buddy from the gym", " you folks are stars", " can't wait to see what you say",
     " hope the question lands", " off to bed now"],
    [" cheers muchly, squad", " (dictating this to my phone, sorry for odd words)", " 🐢",
     " stories from the front line welcome", " every suggestion gratefully received",
     " asking so my niece doesn't have to", " you lot never disappoint",
     " refreshing the page already", " fingers crossed I explained it",
     " heading out now, will check back"],
    [" gracias, amigos", " (typing one-handed with a baby on my lap, forgive typos)", " 🦔",
     " real talk from current coordinators wanted", " all advice gratefully accepted",
     " my roommate is too shy to post this", " best corner of the internet, this",
     " will be lurking for replies", " not sure that made sense tbh", " gotta run, back later"],
    [" merci beaucoup", " (posting from my lunch break, excuse the brevity)", " 🌵",
     " input from anyone on the inside would be gold", " every tip counts",
     " my sister wanted me to ask", " this server never misses",
     " I'll keep an eye on this thread", " did that even parse? lol",
     " logging off, will catch up in the morning"],
    [" grazie mille, friends", " (on a night shift, replies may be slow)", " 🐙",
     " keen to hear from folks doing this job now", " whatever wisdom you have, I'll take it",
     " my neighbour asked me to put this out there", " this community is a gem, honestly",
     " subscribing to this thread", " hope that wasn't too garbled",
     " clocking out, talk tomorrow"],
    [" danke schön, everyone", " (typing this on a bus, sorry for typos)", " 🦩",
     " especially curious what current coordinators think", " any pointers at all are welcome",
     " posting for my flatmate who doesn't use Discord", " such a helpful crowd here",
     " bookmarking this for later", " apologies if that was rambly",
     " heading to bed now, will read replies tomorrow"],
    [" tusen takk, folks", " (on my lunch break, might reply late)", " 🦔",
     " would love input from people who've made the switch", " all suggestions gratefully received",
     " my housemate is too shy to post, so I'm asking for him", " love how kind this server is",
     " gonna lurk for the answers", " sorry, my thoughts are all over the place",
     " off to work now, will catch up on answers tonight"],
    [" merci beaucoup, tout le monde", " (posting from my phone at the school gate)", " 🦦",
     " would really value hearing from anyone who's done this for a while",
     " every bit of advice helps", " my cousin can't post here so I'm relaying her question",
     " this place never disappoints", " leaving a comment so I can find this later",
     " hope that reads okay, my English is rusty",
     " gotta run, will check back after dinner"],
]
CONTEXTS = [
    ["I'm 24 and currently work in retail. ", "I'm a single mom looking for a career change. ",
     "I just finished my associate's degree. ", "I've been a cashier for 3 years. ",
     "My friend works at a hospital. "],
    ["I graduated high school last year. ", "I'm thinking about switching careers. ",
     "I work as a receptionist at a dental office. ", "I'm from Ohio. ", "I have two kids. "],
    ["I live in Texas. ", "I'm 35 with a family. ", "Currently I'm a waitress. ",
     "I'm a nursing student. ", "My mom was a nurse for 20 years. "],
    ["I'm a veteran getting out of the army. ", "I'm currently unemployed. ", "I work at a call center. ", "I'm 19 and still figuring things out. ", "My sister is a PCC. ", "I moved here from Mexico. ", "I just got laid off. ", "I'm a stay at home dad. ", "I have a bachelor's in English. ", "I used to be a bank teller. "],
    ["I'm 42 and want a change. ", "I'm a CNA right now. ", "My husband just got a job in Denver. ",
     "I have a GED. ", "I've been in customer service for 10 years. ",
     "I'm finishing my medical assistant program. ", "I'm a career changer from teaching. ",
     "English is my second language. ", "I work nights at a warehouse. ",
     "I'm looking at community college programs. "],
    ["I'm 28 and work in a restaurant. ", "I'm a medical receptionist now. ",
     "My dad just had surgery and his coordinator was amazing. ", "I'm in Florida. ",
     "I dropped out of college. ", "I'm retired military. ", "I'm a phlebotomist. ",
     "I have three kids under 5. ", "I'm graduating in May. ", "I speak Spanish and English. "],
    ["I'm a pharmacy tech. ", "I'm in my last year of high school. ", "My wife is a nurse. ",
     "I've never worked in healthcare. ", "I work part time at Target. ",
     "I'm 50 and just got divorced. ", "I was a travel agent for years. ",
     "I'm a college sophomore. ", "My cousin told me about this job. ", "I'm an introvert. "],
    ["I'm a dental assistant. ", "I'm 31 and live with my parents. ", "My brother works in billing. ",
     "I'm moving to Arizona next year. ", "I just turned 18. ", "I work at a daycare. ",
     "I have an associate's in business. ", "I'm bilingual. ", "I take care of my grandma. ",
     "I was a manager at a fast food place. "],
    ["I'm a security guard. ", "I'm 45 and going back to school. ",
     "My aunt is a hospital administrator. ", "I live in a small town in Kansas. ",
     "I'm a mom of twins. ", "I used to work in insurance. ", "I have a psychology degree. ",
     "I volunteer at a hospice. ", "I'm a medical scribe right now. ", "I have ADHD. "],
    ["I'm a bartender. ", "I'm 22 and just graduated. ", "My best friend is a nurse practitioner. ",
     "I drive trucks for a living. ", "I moved to Canada last year. ",
     "I have a certificate in medical billing. ", "I've worked in a nursing home for 5 years. ",
     "I'm a single dad of three. ", "I'm hard of hearing. ", "I'm originally from the Philippines. "],
    ["I'm a teacher's aide. ", "I'm 38 and have never been to college. ", "My uncle runs a clinic. ",
     "I'm thinking of moving to the UK. ", "I worked as a pharmacy cashier for 2 years. ",
     "I'm a stay at home mom going back to work. ", "I'm a nursing school dropout. ",
     "I'm a paramedic. ", "I'm autistic. ", "I work in IT right now. "],
    ["I'm a hairdresser. ", "I'm 55 and was just let go. ", "My daughter wants to work in healthcare. ",
     "I live in rural Ontario. ", "I have a master's in public health. ",
     "I've been a medical assistant for 6 years. ", "I was a flight attendant before covid. ",
     "I'm on disability right now. ", "We just moved from Brazil. ",
     "I work from home for an insurance company. "],
    ["I'm a receptionist at a vet clinic. ", "I'm 60 and semi-retired. ",
     "My mom needs more care lately. ", "I live in New York City. ",
     "I have a nursing degree from India. ", "I've done medical billing for 8 years. ",
     "I'm a former police officer. ", "I'm pregnant with my first. ",
     "I'm studying online part time. ", "I work in a hospital cafeteria. "],
    ["I'm a barista. ", "I'm 33 and back in school. ", "My grandpa is in a care home. ",
     "I live in Chicago. ", "I studied biology in college. ", "I've been an EMT for 4 years. ",
     "I'm a military spouse. ", "I just had my second baby. ", "I'm doing a CMAA course online. ",
     "I work the front desk at a gym. "],
    ["I'm a nanny. ", "I'm 27 and burnt out. ", "My sister-in-law is an RN. ", "I live in Seattle. ",
     "I have a degree in communications. ", "I've worked at a pharmacy for 7 years. ",
     "I'm a recent immigrant from Nigeria. ", "I'm caring for my dad with dementia. ",
     "I'm taking a medical terminology class. ", "I work overnight at a hotel. "],
    ["I'm a line cook. ", "I'm 30 and have a toddler. ", "My neighbor is a hospital social worker. ",
     "I live in Atlanta. ", "I have a bachelor's in kinesiology. ",
     "I've been a home health aide for 3 years. ", "I'm a refugee from Ukraine. ",
     "I'm recovering from a back injury. ", "I'm taking prerequisites at night. ",
     "I work as a school secretary. "],
    ["I'm a forklift driver. ", "I'm 52 and starting over. ",
     "My roommate works at a pediatric clinic. ", "I live in Phoenix. ",
     "I have a degree in art history. ", "I've worked in hospital housekeeping for 6 years. ",
     "I moved here from Vietnam. ", "I'm going back to work after cancer treatment. ",
     "I'm enrolled in a phlebotomy program. ", "I do data entry for an insurance company. "],
    ["I'm a delivery driver. ", "I'm 47 with two teenagers. ",
     "My godmother runs a dental practice. ", "I live in Minneapolis. ",
     "I studied music in college. ", "I've stocked shelves at a grocery store for 5 years. ",
     "I grew up in Haiti. ", "I'm looking after my elderly mother. ",
     "I'm halfway through a medical coding course. ", "I answer phones for a law firm. "],
    ["I'm a postal worker. ", "I'm 36 and newly single. ",
     "My stepmom manages a physical therapy office. ", "I live in Boston. ",
     "I majored in accounting. ", "I've cleaned offices for 9 years. ",
     "I immigrated from Poland. ", "I'm helping my uncle through chemo. ",
     "I'm taking an anatomy class at night. ", "I schedule jobs for a plumbing company. "],
    ["I'm a janitor at a school. ", "I'm 41 and recently widowed. ",
     "My cousin coordinates care at a cancer center. ", "I live in Portland. ",
     "I majored in sociology. ", "I've driven a school bus for 12 years. ",
     "I came here from Kenya two years ago. ", "I'm looking after my grandson full time. ",
     "I'm doing a CPR certification this month. ", "I book appointments at a hair salon. "],
    ["I'm a hotel housekeeper. ", "I'm 26 and still live at home. ",
     "My aunt schedules surgeries at a hospital. ", "I live in San Diego. ",
     "I have a degree in marketing. ", "I've managed a retail store for 10 years. ",
     "I emigrated from Ghana last spring. ", "I'm caring for my wife after her stroke. ",
     "I'm studying for my CNA exam. ", "I coordinate events for a wedding venue. "],
    ["I'm a car mechanic. ", "I'm 29 and share a flat with roommates. ",
     "My cousin books procedures at an outpatient clinic. ", "I live in Dallas. ",
     "I have a degree in journalism. ", "I've run a small bakery for 8 years. ",
     "I moved here from Peru in the fall. ", "I'm looking after my mom after her hip surgery. ",
     "I'm preparing for my medical assistant exam. ", "I plan conferences for a tech company. "],
    ["I'm a warehouse picker. ", "I'm 34 and recently engaged. ",
     "My niece works the front desk at an urgent care. ", "I live in Miami. ",
     "I have a degree in philosophy. ", "I've waited tables for 11 years. ",
     "I relocated from Colombia this summer. ", "I'm looking after my father since his heart attack. ",
     "I'm prepping for my phlebotomy certification. ", "I handle scheduling for a landscaping company. "],
    ["I'm a school crossing guard. ", "I'm 38 and just had my second kid. ",
     "My brother-in-law handles referrals at a dermatology office. ", "I live in Denver. ",
     "I have a degree in music theory. ", "I've worked at a call center for 6 years. ",
     "I moved here from Vietnam last winter. ", "I'm looking after my grandma while she has dialysis. ",
     "I'm studying for my pharmacy tech exam. ", "I do the rota for a busy restaurant. "],
    ["I'm a zookeeper. ", "I'm 42 with a teenage son. ",
     "My sister-in-law verifies insurance at a chiropractor. ", "I live in Tucson. ",
     "I have a degree in anthropology. ", "I've been a bank teller for 7 years. ",
     "I came over from Ethiopia in the spring. ",
     "I'm looking after my husband since his knee replacement. ",
     "I'm cramming for my EKG tech exam. ", "I dispatch crews for an HVAC company. "],
    ["I'm a lifeguard. ", "I'm 39 with a newborn. ",
     "My stepbrother answers phones at a sleep clinic. ", "I live in Omaha. ",
     "I studied geology at uni. ", "I've driven for a rideshare app for 4 years. ",
     "I arrived from Bangladesh last autumn. ", "I'm caring for my aunt during her chemo. ",
     "I sit my billing and coding exam next month. ", "I book shoots for a photography studio. "],
    ["I'm a baggage handler at the airport. ", "I'm 45 and an empty nester. ",
     "My godmother handles billing at a pediatric clinic. ", "I live in Cleveland. ",
     "I have a degree in graphic design. ", "I've been a flight attendant for 9 years. ",
     "I moved here from Nigeria three years ago. ",
     "I'm supporting my partner through cancer treatment. ",
     "I'm revising for my dental assistant exam. ", "I arrange deliveries for a furniture store. "],
    ["I'm a tattoo artist. ", "I'm 51 and recently divorced. ",
     "My brother-in-law does scheduling at an allergy practice. ", "I live in Boise. ",
     "My bachelor's is in marine biology. ", "I've repaired phones at a mall kiosk for 12 years. ",
     "I emigrated from Vietnam when I was twenty. ",
     "I've been my dad's caregiver since his Parkinson's diagnosis. ",
     "I'm enrolled in a sterile processing course. ", "I handle reservations for a boutique hotel. "],
    ["I'm a beekeeper. ", "I'm 48 and just became a grandparent. ",
     "My aunt checks in patients at an eye clinic. ", "I live in Duluth. ",
     "I have a diploma in culinary arts. ", "I've laid bricks for 14 years. ",
     "I came over from Poland as a teenager. ",
     "I drive my mom to her dialysis sessions three times a week. ",
     "I'm studying for the radiology tech boards. ", "I manage the calendar for a yoga studio. "],
    ["I'm a dog groomer. ", "I'm 57 and my kids just left for college. ",
     "My stepsister registers patients at a walk-in clinic. ", "I live in Spokane. ",
     "I hold a degree in theatre. ", "I've painted houses for 16 years. ",
     "I left Romania for good in 2019. ", "I pick up my father's prescriptions every week. ",
     "I'm revising for the surgical tech certification. ",
     "I keep the booking diary for a tattoo parlour. "],
    ["I drive a forklift on night shift. ", "I'm 44 and my divorce just finalised. ",
     "My brother-in-law chases insurance denials for a dentist. ", "Home for me is Tulsa. ",
     "My diploma is in fashion design. ", "I've fixed roofs since 2013. ",
     "I arrived from Peru with my family recently. ",
     "I ferry my neighbour to kidney treatments. ",
     "I'm cramming anatomy flashcards for the MA boards. ", "I run the till at a dry cleaner. "],
    ["I'm a long-haul trucker. ", "I turned 39 and remarried this summer. ",
     "My cousin processes referrals at a cardiology office. ", "I'm based out of Fresno. ",
     "Film school graduate here. ", "I've plastered walls for 20 years. ",
     "I relocated from Kenya a few months back. ", "I drive my grandma to chemo every other week. ",
     "Phlebotomy exam is in three weeks for me. ", "I take bookings for a nail bar. "],
    ["Dairy farming is my day job. ", "My twins just started kindergarten. ",
     "My stepdad files claims for a radiology group. ", "I'm about an hour north of Duluth. ",
     "Graphic arts associate degree, finished 2019. ", "Fifteen years on the line as a cook. ",
     "Ukraine is where I grew up. ", "I handle my dad's dialysis appointments. ",
     "My CNA skills test is next month. ",
     "Front counter at a veterinary hospital is where I work. "],
    ["I sort parcels on the graveyard shift. ", "We just had our first grandchild. ",
     "My godmother books MRI slots at an imaging centre. ", "Coastal Maine, small town. ",
     "BA in philosophy, class of 2016. ", "Eleven years as a welder. ",
     "Born and raised in Lagos. ", "I manage my mum's oncology appointments. ",
     "Sitting my medical terminology final on Friday. ", "I wait tables at a diner. "],
    ["I deliver takeout on a scooter. ", "My wife and I are expecting twins. ",
     "My stepmum answers phones at an orthopaedic surgery. ", "Rural Saskatchewan here. ",
     "Bachelor's in history, graduated 2012. ", "Twenty years in the navy. ",
     "Manila born, Toronto raised. ", "I coordinate my grandpa's cardiology visits. ",
     "Taking my HIPAA certification quiz next week. ", "Cashier at a hardware store these days. "],
    ["I stock shelves overnight at a supermarket. ", "My partner and I just adopted a puppy. ",
     "My brother-in-law triages calls for a pediatric nurse line. ", "Northern Ontario, tiny town. ",
     "Associate's in criminal justice, finished 2015. ", "Eight years on an oil rig. ",
     "Raised in Jamaica, living in Leeds now. ", "I sort out my grandmother's hospice visits. ",
     "Prepping for my anatomy midterm on Monday. ", "Barista at an airport café at the moment. "],
    ["I drive a delivery van on early mornings. ", "We're moving house next month. ",
     "My aunt does insurance verification for a dental practice. ",
     "Outback Queensland, population 300. ", "Diploma in graphic design, 2018. ",
     "Nine years as a prison guard. ", "Grew up in Seoul, now in Melbourne. ",
     "I schedule my uncle's physio sessions. ", "Got my phlebotomy practical on Thursday. ",
     "Currently pulling pints at a pub. "],
]
SHORTHAND = {
    "when": "wen", "how": "hw", "much": "mch", "jobs": "jbs", "job": "jb", "to": "2",
    "for": "4", "be": "b", "why": "y", "and": "n", "have": "hv", "that": "dat", "this": "dis",
    "there": "der", "need": "nd", "get": "gt",
}
NEIGHBOUR_KEYS = dict(zip("asertyionmklcvdfghpuwb", "saretoiymnlkvcfdhgoiwen"))
# The guide's own name and question words: a slip there says little about understanding.
SPARED = set(
    "what whats which where there their about should would could does patient patients "
    "coordinator coordinators".split()
)


def eval_overall(questions: list) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.writelines(json.dumps(q) + "\n" for q in questions)
    try:
        out = subprocess.run(
            [str(CAREERBOT), "eval", f.name, "--json"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout
    finally:
        Path(f.name).unlink()
    return json.loads(out)


def slip(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["drop", "swap", "double", "vowel", "key"])
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "vowel":
        vowels = [j for j, c in enumerate(word) if c in "aeiou" and j > 0]
        if vowels:
            j = rng.choice(vowels)
            return word[:j] + rng.choice([v for v in "aeiou" if v != word[j]]) + word[j + 1:]
        return word[:i] + word[i + 1:]
    return word[:i] + NEIGHBOUR_KEYS.get(word[i], word[i]) + word[i + 1:]


def with_typo(q: str, rng: random.Random) -> str | None:
    parts = re.findall(r"[A-Za-z]+|[^A-Za-z]+", q)
    slots = [k for k, p in enumerate(parts)
             if p.isalpha() and len(p) >= 5 and p.lower() not in SPARED]
    if not slots:
        return None
    k = rng.choice(slots)
    parts[k] = slip(parts[k], rng)
    return "".join(parts)


def in_shorthand(q: str, rng: random.Random) -> str:
    parts = re.findall(r"[A-Za-z']+|[^A-Za-z']+", q.lower())
    parts = [SHORTHAND.get(p, p) if rng.random() < 0.8 else p for p in parts]
    return "".join(parts).replace("?", "").replace(".", "")


def rewrite(kind: str, listed: int, q: str, rng: random.Random) -> str | None:
    if kind == "typo":
        return with_typo(q, rng)
    if kind == "shorthand":
        return in_shorthand(q, rng)
    if kind == "opener":
        return rng.choice(OPENERS[listed]) + q[0].lower() + q[1:]
    if kind == "closer":
        return q + rng.choice(CLOSERS[listed])
    return rng.choice(CONTEXTS[listed]) + q[0].upper() + q[1:] + ("" if q.endswith("?") else "?")


def main() -> None:
    if any(a in ("-h", "--help") for a in sys.argv[1:]):
        print(__doc__)
        return
    args = [a for a in sys.argv[1:] if a != "--every"]
    every = "--every" in sys.argv[1:]
    source = Path(args[0]) if args else ROOT / "tests/golden/questions.jsonl"
    questions = [json.loads(line) for line in source.open() if line.strip()]
    if every:
        right = [q for q in questions if q["answerable"]]
        print(f"{len(right)} answerable questions in {source.name}, each rewritten")
    else:
        missed = {m["id"] for m in eval_overall(questions)["misses"]}
        right = [q for q in questions if q["answerable"] and q["id"] not in missed]
        print(f"{len(right)} questions answered right (top-1) in {source.name}")
    runs = [("typo", 0, seed) for seed in (7, 8, 9)] + [("shorthand", 0, 6)] + [
        (kind, listed, listed + 1)
        for kind in ("opener", "closer", "context")
        for listed in range(len(OPENERS))
    ]
    for kind, listed, seed in runs:
        rng = random.Random(seed)
        rewritten = []
        for q in right:
            text = rewrite(kind, listed, q["q"], rng)
            if text is not None:
                rewritten.append(dict(q, id=f"{kind}-{q['id']}", q=text))
        overall = eval_overall(rewritten)["overall"]
        n = overall["answerable"]
        label = f"{kind} (seed {seed})" if kind in ("typo", "shorthand") else f"{kind} list {listed + 1}"
        verdict = "right" if every else "still right"
        print(f"{label:<22} {n:>4} rewritten: {verdict:>11} {overall['top1'] / n:6.1%}, "
              f"in the first three {overall['recall3'] / n:6.1%}, "
              f"wrongly declined {overall['falsely_declined'] / n:5.1%}")


if __name__ == "__main__":
    main()

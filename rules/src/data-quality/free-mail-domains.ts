/** Consumer mailbox providers: a lead at one of these tells nothing about the company it works for. */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.co.in', 'yahoo.co.jp', 'ymail.com',
  'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'outlook.com', 'outlook.fr', 'outlook.de', 'live.com',
  'live.co.uk', 'live.fr', 'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me',
  'gmx.de', 'gmx.net', 'gmx.com', 'web.de', 't-online.de', 'freenet.de', 'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net',
  'sfr.fr', 'libero.it', 'virgilio.it', 'tiscali.it', 'mail.ru', 'yandex.ru', 'yandex.com', 'qq.com', '163.com', '126.com',
  'sina.com', 'naver.com', 'daum.net', 'rediffmail.com', 'zoho.com', 'zohomail.com', 'fastmail.com', 'hey.com', 'tutanota.com',
  'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'bol.com.br', 'uol.com.br', 'terra.com.br', 'btinternet.com',
  'sky.com', 'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bigpond.com', 'optusnet.com.au', 'shaw.ca', 'rogers.com',
  'yahoo.es', 'yahoo.it', 'yahoo.com.br', 'hotmail.es', 'outlook.es', 'outlook.com.au', 'live.com.au', 'mail.com', 'gmx.at', 'gmx.ch',
];

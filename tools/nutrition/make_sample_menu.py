#!/usr/bin/env python3
"""One-off helper that wrote Data/sample-menu-mau-giao.json and printed each day's figures while
portions were tuned to the mẫu giáo norms. The committed JSON is what ships; SampleMenuTests keeps it honest.

Usage: python3 tools/nutrition/make_sample_menu.py SR28_ABBREV_CSV [OUTPUT_JSON]
"""
import csv, json, sys, unicodedata
from pathlib import Path
DATA = Path(__file__).resolve().parents[2] / 'src/Sprout.Domain/Nutrition/Data'
usda={r['NDB_No']:r for r in csv.DictReader(open(sys.argv[1],encoding='utf-8'))}
foods={r['code']:r for r in csv.DictReader(open(DATA/'vn-ingredients.csv',encoding='utf-8'))}
def nut(code,g):
    f=foods[code]; u=usda[f['ndb_no']]; e=g*(1-float(f['waste_pct'])/100)/100
    return [float(u['Protein_(g)'])*e, float(u['Lipid_Tot_(g)'])*e, float(u['Carbohydrt_(g)'])*e, float(u['Energ_Kcal'])*e]
def dish(name,*ings): return {'name':name,'ingredients':[{'code':c,'grams':g} for c,g in ings]}
rice=lambda g=62: dish('Cơm tẻ',('gao-te',g))
mains=[
 dish('Thịt kho trứng cút',('thit-lon-vai',28),('trung-cut',16),('nuoc-mam',3),('duong',2),('dau-an',5),('hanh-kho',2)),
 dish('Cá basa sốt cà chua',('ca-basa',45),('ca-chua',20),('dau-an',6),('hanh-la',3),('nuoc-mam',3),('duong',1)),
 dish('Trứng đúc thịt',('trung-ga',30),('thit-lon-xay',15),('hanh-la',3),('dau-an',4),('nuoc-mam',2)),
 dish('Gà xào nấm rơm',('thit-ga',55),('nam-rom',15),('dau-an',5),('hanh-kho',2),('nuoc-mam',3)),
 dish('Tôm rim thịt',('tom-dong',25),('thit-lon-vai',20),('dau-an',6),('nuoc-mam',3),('duong',2)),
 dish('Đậu phụ sốt thịt',('dau-phu',45),('thit-lon-nac',25),('ca-chua',15),('dau-an',4),('nuoc-mam',2)),
 dish('Bò xào su hào cà rốt',('thit-bo',30),('su-hao',20),('ca-rot',15),('dau-an',7),('toi',1),('nuoc-mam',2)),
 dish('Cá thu sốt cà chua',('ca-thu',45),('ca-chua',20),('dau-an',6),('hanh-la',2),('nuoc-mam',2)),
 dish('Thịt viên sốt cà chua',('thit-lon-xay',32),('ca-chua',20),('bot-ngo',3),('dau-an',4),('nuoc-mam',2)),
 dish('Gà kho gừng',('dui-ga',50),('gung',2),('nuoc-mam',3),('duong',2),('dau-an',3)),
]
soups=[
 dish('Canh bí đỏ nấu thịt',('bi-do',40),('thit-lon-xay',8),('hanh-la',2),('dau-an',2)),
 dish('Canh rau ngót nấu thịt',('rau-ngot',30),('thit-lon-nac',8),('dau-an',2)),
 dish('Canh cua rau đay mồng tơi',('cua-dong',25),('rau-day',15),('mong-toi',15),('dau-an',2)),
 dish('Canh bắp cải nấu thịt',('bap-cai',40),('thit-lon-xay',8),('dau-an',2)),
 dish('Canh cải xanh nấu tôm',('cai-xanh',35),('tom-dong',10),('dau-an',2)),
 dish('Canh bí xanh nấu tôm',('bi-xanh',40),('tom-dong',10),('dau-an',2)),
 dish('Canh su su cà rốt nấu thịt',('su-su',30),('ca-rot',10),('thit-lon-nac',6),('dau-an',2)),
 dish('Canh rau muống nấu thịt',('rau-muong',35),('thit-lon-xay',6),('dau-an',2)),
 dish('Canh khoai tây cà rốt nấu thịt',('khoai-tay',30),('ca-rot',15),('thit-lon-xay',8),('dau-an',2)),
 dish('Canh mướp nấu tôm',('muop',40),('tom-dong',10),('dau-an',2)),
]
fruits=[dish('Chuối tiêu',('chuoi',60)),dish('Dưa hấu',('dua-hau',100)),dish('Đu đủ chín',('du-du',70)),dish('Cam',('cam',80)),dish('Xoài chín',('xoai',60))]
snacks=[
 [dish('Cháo thịt bằm bí đỏ',('gao-te',25),('thit-lon-xay',18),('bi-do',15),('dau-an',4),('hanh-la',2)),dish('Sữa chua',('sua-chua',100))],
 [dish('Bún riêu cua',('bun-tuoi',130),('cua-dong',35),('ca-chua',15),('dau-phu',30),('dau-an',6),('hanh-la',2))],
 [dish('Phở bò',('banh-pho',120),('thit-bo',25),('hanh-la',3),('dau-an',4)),dish('Sữa tươi',('sua-tuoi',100))],
 [dish('Mì nấu thịt cải ngọt',('mi-trung',30),('thit-lon-xay',15),('cai-ngot',15),('dau-an',3)),dish('Sữa chua',('sua-chua',100))],
 [dish('Xôi đậu xanh',('gao-nep',28),('dau-xanh',12),('dau-an',6)),dish('Sữa tươi',('sua-tuoi',120))],
 [dish('Súp gà ngô non',('thit-ga-nac',15),('ngo-nep',50),('trung-ga',12),('bot-ngo',5),('ca-rot',10),('dau-an',5)),dish('Bánh mì',('banh-mi',45))],
 [dish('Miến gà nấm hương',('mien-dong',28),('thit-ga-nac',28),('nam-huong',2),('hanh-la',3),('dau-an',7)),dish('Sữa chua',('sua-chua',100))],
 [dish('Cháo tôm bí đỏ',('gao-te',30),('tom-dong',15),('bi-do',20),('dau-an',5)),dish('Sữa tươi',('sua-tuoi',120))],
 [dish('Bánh mì trứng',('banh-mi',40),('trung-ga',25),('dau-an',3)),dish('Sữa tươi',('sua-tuoi',150))],
 [dish('Bánh bông lan',('banh-bong-lan',40)),dish('Sữa tươi',('sua-tuoi',180))],
]
DAYS=['Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu']
def total(dishes):
    t=[0,0,0,0]
    for d in dishes:
        for i in d['ingredients']:
            n=nut(i['code'],i['grams']); t=[a+b for a,b in zip(t,n)]
    return t
weeks=[];bad=0
for w in range(4):
    days=[]
    for d in range(5):
        k=w*5+d
        lunch=[rice(), mains[k%10], soups[(k*3+w)%10], fruits[k%5]]
        snack=snacks[(k+w*3)%10]
        tl=total(lunch); ts=total(snack); t=[a+b for a,b in zip(tl,ts)]
        E=4*t[0]+9*t[1]+4*t[2]
        p,l,g=400*t[0]/E,900*t[1]/E,400*t[2]/E
        El=4*tl[0]+9*tl[1]+4*tl[2]; Es=4*ts[0]+9*ts[1]+4*ts[2]
        ok = 615<=E<=726 and 13<=p<=20 and 25<=l<=35 and 52<=g<=60 and 369<=El<=462 and 184.5<=Es<=330
        if not ok: bad+=1
        print(w+1,DAYS[d],f"E={E:.0f} P={p:.1f} L={l:.1f} G={g:.1f} lunch={El:.0f} snack={Es:.0f}", '' if ok else '<<<', mains[k%10]['name'], '|', snack[0]['name'])
        days.append({'day':DAYS[d],'meals':[{'meal':'trua','dishes':lunch},{'meal':'phu','dishes':snack}]})
    weeks.append({'week':w+1,'days':days})
print('bad',bad)
if len(sys.argv)>2:
    prices={'gao-te':18000,'gao-nep':28000,'thit-lon-vai':130000,'thit-lon-nac':140000,'thit-lon-xay':120000,'trung-cut':60000,'trung-ga':45000,'nuoc-mam':60000,'duong':25000,'dau-an':50000,'hanh-kho':60000,'hanh-la':40000,'ca-basa':80000,'ca-chua':25000,'thit-ga':110000,'thit-ga-nac':140000,'nam-rom':80000,'tom-dong':200000,'dau-phu':30000,'thit-bo':280000,'su-hao':20000,'ca-rot':20000,'toi':60000,'ca-thu':220000,'bot-ngo':40000,'dui-ga':90000,'gung':50000,'bi-do':18000,'rau-ngot':30000,'cua-dong':120000,'rau-day':25000,'mong-toi':25000,'bap-cai':15000,'cai-xanh':20000,'bi-xanh':18000,'su-su':15000,'rau-muong':20000,'khoai-tay':25000,'muop':20000,'chuoi':25000,'dua-hau':15000,'du-du':20000,'cam':40000,'xoai':45000,'sua-chua':60000,'bun-tuoi':15000,'banh-pho':18000,'sua-tuoi':38000,'mi-trung':60000,'cai-ngot':20000,'dau-xanh':50000,'ngo-nep':20000,'banh-mi':40000,'mien-dong':70000,'nam-huong':300000,'banh-bong-lan':120000}
    used={i['code'] for w in weeks for d in w['days'] for m in d['meals'] for x in m['dishes'] for i in x['ingredients']}
    missing=used-set(prices); assert not missing, missing
    menu={'name':'Thực đơn mẫu giáo 4 tuần (mẫu)','ageGroup':'mau-giao','mealFeeVnd':30000,'pricesVndPerKg':{k:prices[k] for k in sorted(used)},'weeks':weeks}
    s=json.dumps(menu,ensure_ascii=False,indent=2)
    import re
    s=re.sub(r'\{\s*"code": ("[^"]+"),\s*"grams": ([0-9.]+)\s*\}', r'{ "code": \1, "grams": \2 }', s)
    s=unicodedata.normalize('NFC',s)
    open(sys.argv[2],'w',encoding='utf-8').write(s+'\n')

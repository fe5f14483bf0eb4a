kubectl run web --image=nginx
kubectl run api --image=nginx --labels=app=api
kubectl label pod web app=web
kubectl label pod web app=frontend
kubectl label pod web app=frontend --overwrite
kubectl label pod web app=frontend
kubectl get pods --show-labels
kubectl label pod web tier-
kubectl label pod web run-
kubectl label pods -l app=api team=core
kubectl label pods --all env=dev
kubectl get pods --show-labels
kubectl label pod
kubectl label pod web
kubectl label pods env=dev
kubectl label pod nope env=dev
kubectl label pod web env=dev api
kubectl annotate pod web owner=alice
kubectl annotate pod web owner=bob
kubectl annotate pod web owner=bob --overwrite
kubectl annotate pod web owner-
kubectl annotate deployment/nope owner=alice
